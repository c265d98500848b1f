import heapq
from collections import Counter, defaultdict, OrderedDict


class Inventory:
    def __init__(self):
        self.stock = Counter()
        self.by_tag = defaultdict(list)
        self.queue = []

    def add(self, item, n, tags):
        self.stock[item] += n
        for t in tags:
            self.by_tag[t].append(item)
        heapq.heappush(self.queue, (-n, item))

    def top(self):
        return [item for _, item in heapq.nsmallest(2, self.queue)]


inv = Inventory()
inv.add("apple", 5, ["fruit", "red"])
inv.add("pear", 2, ["fruit"])
inv.add("brick", 9, ["red"])
inv.add("apple", 1, ["red"])
print(inv.stock, dict(inv.by_tag), inv.top())
print(inv.stock.most_common(1)[0][0], inv.by_tag["none"], len(inv.by_tag))


def pair_counts(seq):
    c = Counter()
    for a, b in zip(seq, seq[1:]):
        c[(a, b)] += 1
    return c


pc = pair_counts("mississippi")
print(pc.most_common(3), pc[("s", "s")], pc[("x", "y")])


def histogram(values):
    bins = defaultdict(int)
    for v in values:
        bins[v // 10 * 10] += 1
    return OrderedDict(sorted(bins.items()))


h = histogram([3, 14, 15, 92, 65, 35, 89, 79, 32, 38])
for lo, n in h.items():
    print(f"{lo:3d}-{lo + 9:3d} {'*' * n}")
print(h)
first = next(iter(h))
print(first, list(h.keys())[-1], h == OrderedDict(sorted(h.items())))
nested = defaultdict(lambda: defaultdict(list))
nested["a"]["x"].append(1)
nested["a"]["y"].append(2)
nested["b"]["x"].append(3)
print({k: dict(v) for k, v in nested.items()})
scores = defaultdict(float)
for name, s in [("a", 1.5), ("b", 2.0), ("a", 0.25)]:
    scores[name] += s
print(max(scores.items(), key=lambda kv: kv[1]), sum(scores.values()))
c = Counter(w for w in "a b c a b a".split())
print(c.most_common(), Counter([1, 1, 2]) + Counter({2: 3}))
for k in list(c):
    if c[k] < 2:
        del c[k]
print(c)
print(Counter(), Counter(x=0).most_common(), Counter("aab").most_common(0), Counter("ab").most_common(-1))
