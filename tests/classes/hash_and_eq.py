# __hash__/__eq__: instances as dict keys and set members, `in` and index() on lists; default identity hash and eq; a class defining __eq__ alone is unhashable.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 31 + self.y

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


class Plain:
    def __init__(self, name):
        self.name = name


seen = {}
seen[Point(1, 2)] = "a"
seen[Point(3, 4)] = "b"
seen[Point(1, 2)] = "c"
print(len(seen), seen[Point(1, 2)], Point(3, 4) in seen, Point(5, 6) in seen)
s = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(len(s), Point(2, 2) in s)
points = [Point(0, 0), Point(7, 7)]
print(Point(7, 7) in points, points.index(Point(7, 7)) if True else 0)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3))
a = Plain("a")
b = Plain("a")
d = {a: 1, b: 2}
print(len(d), d[a], d[b], a == b, a == a, a != b)
ps = {Plain("x")}
print(len(ps))


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k


k = Key(1)
print(k == Key(1))
print({k: 1})
