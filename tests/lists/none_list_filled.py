# [None] * n, then instances stored: the items are Optional[Point]; reading
# one that is still None raises CPython's AttributeError.
class Point:
    def __init__(self, i):
        self.x = i * 1.5

    def norm(self):
        return abs(self.x)


def make(n):
    points = [None] * n
    for i in range(n - 1):
        points[i] = Point(i)
    return points


ps = make(4)
print([p is None for p in ps])
print([p.x for p in ps if p is not None])
total = 0.0
for p in ps[:-1]:
    total += p.norm()
print(total)
table = [None] * 3
table[1] = "one"
print(table, table.count(None))
print(ps[-1].x)
