# Containers of values of several types hold them boxed: floats, bools and
# None among ints, strs and lists.
items = [1.5, "a", True, None, 7, [2.5], (1, 2.5)]
print(items)
d = {"f": 2.5, "s": "x", "b": False, "n": None}
print(d, d["f"] * 2, d["b"] or "no")
pairs = {1: 0.5, 2: "two"}
pairs[3] = True
print(pairs)
for v in items:
    print(v)
nested = [[1.0, "x"], [True, None]]
print(nested, nested[1][0] is True)
