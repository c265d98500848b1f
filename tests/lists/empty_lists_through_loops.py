# Empty lists filled through loop variables (d.items(), d.values(),
# enumerate(), zip(), reversed(list(view))), constructor parameters and
# tuple items: every path to each list learns its element type.
class Holder:
    def __init__(self, items):
        self.items = items


d = {"a": [], "b": []}
for k, v in d.items():
    v.append(len(k) + 0.5)
print(d, d["a"][0] + 1)
e = {"x": []}
for v2 in e.values():
    v2.append(2.5)
print(e, e["x"][0] * 2)
rows = [[], []]
for i, r in enumerate(rows):
    r.append(i + 0.5)
print(rows, rows[1][0] + 1)
cols = [[], []]
for c, q in zip(cols, [1, 2]):
    c.append(q * 0.25)
print(cols, cols[1][0] + 1)
m = {}
m["k"] = []
for s in reversed(list(m.values())):
    s.append("s")
print(m, m["k"][0] + "!")
h = Holder([])
h.items.append(1.5)
print(h.items)
pair = ([], 1)
pair[0].append(2.5)
print(pair, pair[0][0] + pair[1])
print(rows[0][1])
