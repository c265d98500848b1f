from collections import defaultdict, Counter, OrderedDict


def build(pairs):
    g = defaultdict(list)
    for a, b in pairs:
        g[a].append(b)
        g[b].append(a)
    return g


def degrees(g):
    return Counter({node: len(adj) for node, adj in g.items()})


g = build([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
print(g, len(g), "d" in g, "z" in g)
for node in sorted(g):
    print(node, sorted(g[node]))
deg = degrees(g)
print(deg.most_common())
tree = defaultdict(lambda: defaultdict(int))
tree["x"]["y"] += 2
tree["x"]["z"] += 1
tree["w"]["y"] -= 1
print(tree["x"], dict(tree["w"]), len(tree))
c = Counter([3, 1, 3, 2, 1, 3])
c[1] -= 1
del c[2]
print(c, c[2], isinstance(c, dict), isinstance(g, dict))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
print(Counter("aab") == Counter("aba"), Counter("xy") == Counter("yx"))
print(defaultdict(int), defaultdict(list, {"k": [1]}))
nums = defaultdict(float)
for i in range(5):
    nums[i % 2] += i / 2
print(nums)
print(type(c), type(g), type(OrderedDict()))
d = defaultdict()
d["a"] = 1
print(d)
print(d["missing"])
