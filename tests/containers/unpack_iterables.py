# Unpacking any iterable into targets: strs, ranges, sets, dicts, objects,
# and the iterators zip(), enumerate(), map(), filter(), reversed().
# also-build
a, b = "xy"
print(a, b)
p, q, r = range(3)
print(p + q + r)
(k1, k2) = {"one": 1, "two": 2}
print(k1, k2)
s1, = {5}
print(s1)
mixed = [(1, 2), "ab", [3, 4]]
for item in mixed:
    first, second = item
    print(first, second)
x, y = map(int, "12")
print(x + y)
(i, c), (j, d) = enumerate("ab")
print(i, c, j, d)
lo, hi = sorted([9, 3])
evens, odds = filter(None, [[0, 2], [1, 3]])
print(lo, hi, evens, odds)
nums, letters = zip(*[(1, "a"), (2, "b")])
print(nums, letters)
u, v = zip([1, 2], "pq")
print(u, v)
last, before = reversed([1, 2])
print(last, before)
w1, w2 = b"hi"
print(w1, w2)
a, b = "xyz"
