# Tuples: slices (literal bounds keep the shape; others give a tuple of
# run-time length), index/count, comparisons of any lengths, * and +.
# also-build
t = (1, 2, 3, 4, 5)
print(t[1:], t[::-1], t[::2], t[1:4:2], t[:0], t[-2:], t[10:], t[:-10], t[::-2], t[3:1:-1])
lo, hi = 1, 4
s = t[lo:hi]
print(s, len(s), s[0], t[lo:], t[::lo + 1], sum(t[lo:hi]))
for x in t[hi - 1:]:
    print(x, end=" ")
print()
mixed = (1, "a", 2.5, None, "a")
print(mixed[1:3], mixed[::-1], mixed[1:3][0].upper())
print(t.index(3), t.index(3, 1), t.index(3, 1, 4), t.count(2), mixed.count("a"), mixed.index(None), (1, 1.0, True).count(1))
print((1, 2) < (1, 2, 3), (1, 2, 3) <= (1, 2), (1, 3) > (1, 2, 9), (1, "a") < (1, "b"), () < (0,), (2,) >= (1, 5))
print(t * 2, 2 * t, t * 0, (7,) * 3, ("a", 1) + (2.5,), () + ())
n = 2
print(t * n, n * (0,), len((1, 2) * n))
print(3 in t, 9 in t, "a" in mixed, 9 not in t)
u = (1, 2) + ("a", "b")
print(u, u[2], len(u))
acc = (0,)
acc += (1,)
print(acc)
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1, "x")) == hash((1, "x")), hash((None, 1)))
print({(1, 2): "p", (3,): "q"}[(1, 2)])
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), max(pairs), min(pairs))
print(t.index(9))
