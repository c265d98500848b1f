# `x += y` on a list extends the list itself (any iterable), `x *= n`
# repeats it in place, `s |= t` (&=, -=, ^=) changes the set, `d |= e`
# updates the dict and `b += bytes` extends the bytearray: every other
# reference to the container sees the change, as in CPython. (Keelback made
# a new object: the aliases kept the old contents.)
a = [3, 1, 2]
b = a
a += [4]
a += (5, 6)
a += range(7, 9)
print(b, a is b)
words = ["x"]
alias = words
words += "yz"
print(alias)
r = [1, 2]
r2 = r
r *= 2
print(r2)


def grow(box, extra):
    box += extra
    return box


c = [1]
grow(c, [2])
print(c)


class Acc:
    def __init__(self):
        self.items = []
        self.seen = set()


acc = Acc()
items = acc.items
seen = acc.seen
for i in range(3):
    acc.items += [i, i * i]
    acc.seen |= {i % 2}
print(items, seen)
m = [[1], [2]]
first = m[0]
m[0] += [7]
m[1] *= 3
print(first, m)
d = {"k": [1]}
lst = d["k"]
d["k"] += [2]
print(lst)
s = {1, 2}
t = s
s -= {1}
s &= {2, 3}
s ^= {5}
s |= {8}
print(t)
e = {1: 2}
f = e
e |= {3: 4}
print(f)
ba = bytearray(b"ab")
bb = ba
ba += b"cd"
print(bb)
