# also-build
# Classes with a fixed field layout: __init__, fields, methods, method calls.
class Counter:
    def __init__(self, start):
        self.count = start
        self.step = 1

    def increment(self):
        self.count += self.step
        return self.count

    def add(self, n):
        i = 0
        while i < n:
            self.increment()
            i += 1


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


c = Counter(10)
print(c.increment(), c.increment())
c.step = 5
c.add(3)
print(c.count, c.step)
p = Point(1.0, 2.0)
q = p.moved(3.0, 4.0)
print(q.x, q.y, p.dist2(q), q.dist2(p))
print(Point(1, 2).dist2(Point(4, 6)))
