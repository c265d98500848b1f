# f(*lst) with a list: its items fill the parameters after the positional
# arguments, defaults those past its end; the length is checked when the
# call runs, with CPython's TypeError.
# also-build
def f(a, b, c):
    return a + b + c


def g(a, b=10, c=100):
    return a * b + c


def label(prefix, *parts):
    return prefix + ":" + ",".join(parts)


lst = [1, 2, 3]
print(f(*lst), f(1, *[2, 3]), f(1, 2, *[3]))
print(g(*[1]), g(*[1, 2]), g(*[1, 2, 3]), g(5, *[]), g(*lst))
words = ["x", "y"]
print(f(*(words + ["z"])))


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(*[3, 4])
q = p.moved(*[1, 1])
print(p.x, p.y, q.x, q.y, Point(*[7]).y)
rows = [[1, 2, 3], [4, 5, 6]]
print([f(*r) for r in rows])


def opt(a, b=None):
    return (a, b)


print(opt(*[1]), opt(*[1, 2]))
for n in range(4):
    try:
        print(f(*list(range(n))))
    except TypeError as e:
        print(e)
try:
    g(*[])
except TypeError as e:
    print(e)
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
f(*[1, 2, 3, 4, 5])
