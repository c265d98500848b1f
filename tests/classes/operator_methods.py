# also-build
# Operator methods of classes: __add__, __rmul__ = __mul__, __neg__, __eq__ (and the __ne__ it implies), __lt__.
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return self.length() < other.length()

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


a = Vector(1.0, 2.0)
b = Vector(3.0, 4.0)
c = a + b * 2.0 - (-a)
d = 0.5 * c
print(c.x, c.y, d.x, d.y, a == Vector(1.0, 2.0), a == b, a != b, a < b, b < a)
acc = Vector(0.0, 0.0)
for i in range(5):
    acc += Vector(float(i), 1.0)
print(acc.x, acc.y, b.length())
print(Vector(1, 2) != Vector(1, 2), Vector(1, 2) != Vector(2, 2))
