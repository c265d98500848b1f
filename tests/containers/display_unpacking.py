# * in list, tuple and set displays (each item evaluated where it stands) and
# ** in dict displays.
a = [1, 2]
t = (3, 4.5)
print([*a, 0, *t], [*range(3), *"ab"], [*a])
print((*a, 9), (*t, "x"), (0, *t))
print({*a, *"xy", 1} == {1, 2, "x", "y"}, sorted({*a, 5}))
d = {"a": 1, "b": 2}
print({**d, "b": 3, "c": 4}, {"z": 0, **d}, {**d, **{"e": 5.5}})
pairs = [(1, "x"), (2, "y")]
print((*pairs,), [*pairs], [*(p[0] for p in pairs)])
def order(tag, v):
    print("eval", tag)
    return v
print([order(1, 1), *order(2, [2, 3]), order(3, 4)])
print([*{3: "a", 1: "b"}], (*d.values(),), [*d.items()])
print(len((*a, *a)), type((*a,)).__name__)
print({**d, **{"a": [1]}})
print((*zip([1], [2]),), [*zip([1], [2])], (*map(str, [1, 2]),), {*enumerate("ab")} == {(0, "a"), (1, "b")})
print({**d, **{"c": 1}}["c"], {**d}["missing"])
