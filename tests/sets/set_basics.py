# Sets: literals, set(), comprehensions, methods, operators, comparisons,
# iteration in CPython's order, frozenset.
s = {3, 1, 2}
s.add(10)
s.add(1)
print(s, len(s), 2 in s, 5 not in s)
t = set([2, 3, 4, 4])
print(t, s | t, s & t, s - t, s ^ t)
print(s.union([7, 8]), s.intersection({1, 2, 99}), s.difference(t), s.symmetric_difference(t))
print(s <= s | t, s < s, t >= {2}, {1} == {1.0}, s != t)
print(s.issubset([1, 2, 3, 10, 11]), s.issuperset([1]), s.isdisjoint({42}))
words = {w.lower() for w in "The the THE cat Cat dog".split()}
print(sorted(words), len(words))
for w in sorted(words):
    print(w, end=" ")
print()
total = 0
for x in {5, 6, 7}:
    total += x
print(total)
u = set()
u.update([1, 2], (3,))
u.discard(2)
u.discard(99)
print(u, u.pop(), u)
names = set("hello")
print(len(names), "h" in names, sorted(names))
f = frozenset([1, 2, 2])
print(f, f | {3}, 1 in f, len(f))
strs = {"b", "a", "c"}
print(sorted(strs), list(sorted(strs)) == ["a", "b", "c"])
u.clear()
print(u, bool(u), bool(s))
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError", e)
print(set().pop())
