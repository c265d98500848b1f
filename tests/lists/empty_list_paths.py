# An empty list's element type learnt from later uses, through any path
# its value takes: subscripts, dict methods, parameters, aliases, loops.
def add_to(acc, x):
    acc.append(x)


def fill(rows):
    for r in rows:
        r.append(len(rows) + 0.5)


groups = {}
for w in "apple avocado banana blueberry cherry".split():
    groups.setdefault(w[0], []).append(w)
print(groups)

by_len = {}
for w in ["a", "bb", "cc", "d"]:
    if len(w) not in by_len:
        by_len[len(w)] = []
    by_len[len(w)].append(w.upper())
print(by_len)

rows = [[] for _ in range(3)]
for i in range(7):
    rows[i % 3].append(i * 1.5)
print(rows)

floats = []
add_to(floats, 2.5)
add_to(floats, -1.0)
print(floats, sum(floats))

a = []
b = a
b.append(3.25)
print(a, b, a is b)

grid = [[], []]
fill(grid)
print(grid)

stack = []
stack.append([])
stack[-1].append(0.1)
stack.append([])
print(stack, len(stack[1]))

nested = {}
nested.setdefault("x", {})["y"] = 1.5
nested.setdefault("x", {})["z"] = 2.5
print(nested)

copies = [[]]
copies[0].append("s")
twice = copies * 2
print(twice, twice[0] is twice[1])


print(groups["z"])
