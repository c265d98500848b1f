# range objects kept as values: stored, passed, returned, walked again,
# indexed, sliced, compared, hashed and printed, as CPython's rangeobject.c.
# also-build
r = range(2, 20, 3)
print(r, range(5), range(0, 5), range(1, 10, -2), range(-3, 3), str(range(4, 8)), repr(range(1, 2, 1)))
for x in r:
    print(x, end=" ")
print()
print([x * 2 for x in r], sum(r), min(r), max(r), sorted(r, reverse=True), list(r), tuple(r), set(range(4)))
print(len(r), r[0], r[-1], r[2], r[-6], len(range(10, 0, -3)), len(range(5, 5)), len(range(10, 0)))
print(r[1:3], r[::-1], r[::2], r[10:], r[-2:], r[:100], r[::-3], range(10)[2:8:2][1:], range(0, 100, 7)[3:-3:-1])
print(5 in r, 6 in r, 20 in r, 2 in r, -1 in range(-5, 0), 4.0 in range(5), 4.5 in range(5), True in range(2), "a" in r)
print(5 not in r, 0 in range(10, 0, -1), 10 in range(10, 0, -1))
print(r.index(8), r.count(8), r.count(9), r.count(8.0), range(10, 0, -2).index(4), range(5).index(True))
print(r.start, r.stop, r.step, range(7).start, range(7).stop, range(7).step)
print(r == range(2, 21, 3), r == range(2, 19, 3), range(0) == range(5, 5), range(1, 2) == range(1, 3, 7), r != r)
print(range(3) == [0, 1, 2], r == (2, 5, 8, 11, 14, 17))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(4, 2)), hash(range(1, 2)) == hash(range(1, 9, 8)))
print(hash(range(10)), hash(range(0)), hash(range(3, 4)))
print(list(reversed(r)), [i for i in reversed(range(0, 9, 4))])
print(bool(r), bool(range(0)), bool(range(5, 1)), not range(1))
if range(3):
    print("truthy")
print(len({range(3): "a", range(0, 3): "b"}), {range(2): 1})


def make(n):
    return range(n)


def total(rg):
    s = 0
    for v in rg:
        s += v
    return s


q = make(4)
print(q, list(q), total(q), total(range(1, 4)), total(make(3)))
rs = [range(3), range(1, 4), range(0)]
print(rs)
for rr in rs:
    print(list(rr), len(rr))
print(range(10**20, 10**20 + 5), len(range(10**20, 10**20 + 5)), (10**20 + 2) in range(10**20, 10**20 + 5))
print(range(0, 10**30, 10**29)[5], range(-10**20, 10**20).index(0))
big = range(10**30)
print(big[-1], big[2:5], 10**29 in big)
opt = None
for k in range(3):
    opt = range(k)
print(opt)
print(type(r), type(r).__name__)
s = 0
for i in range(3):
    for j in r:
        s += i * j
print(s)
print(list(map(str, r)), list(filter(lambda v: v % 2, r)), list(enumerate(range(3))), list(zip(r, "abc")))
