# float ** float is a complex for a negative base and a non-integral exponent,
# as in CPython; typed code keeps a float where the base is provably
# non-negative or the exponent integral.
import math

print((-8) ** (1 / 3), (-2.0) ** 0.5, (-8.0) ** -0.5, (-8) ** 0.5, (-1.5) ** 2.0, (-1.5) ** 3, (-0.0) ** 0.5)
print((-1.5) ** float("inf"), (-0.5) ** float("-inf"), (-2.0) ** float("nan"), float("-inf") ** 0.5)
print(pow(-8, 1 / 3), pow(-2.5, 0.25), pow(2.0, 0.5))


def root(x, n):
    return x ** (1 / n)


for x in [27.0, -27.0, 0.0, -0.0, 16, -16]:
    print(x, root(x, 3), root(x, 2))

y = 9.0
print(y ** 0.5 + 1.0, (y * y) ** 0.5, abs(y - 10.0) ** 0.5, math.sqrt(y) ** 1.5, (2 * y + 1) ** 0.5, (y % 4.0) ** 0.5)
print(y ** 2, y ** -1.0, y ** 3.0, (y - 20.0) ** 2, (y - 20.0) ** -2.0, 2.0 ** y, (-y) ** 2)
n = 50
print(int(n ** 0.5) + 1, [i for i in range(2, int(n ** 0.5) + 1) if n % i == 0])
v = -4.0
v **= 0.5
print(v)
values = [0.25, -0.25, 4.0, -4.0]
print([t ** 1.5 for t in values])
print(sum(abs(t) ** 0.5 for t in values), max((t * t) ** 0.25 for t in values))
class P:
    def __init__(self, x):
        self.x = x
    def shrink(self):
        self.x **= 0.5
        return self.x
p = P(16.0)
print(p.shrink(), p.shrink())
q = P(-16.0)
print(q.shrink())
vals = [4.0, 9.0, -1.0]
for i in range(len(vals)):
    vals[i] **= 0.5
print(vals)
d = {"a": 2.0}
d["a"] **= 0.5
print(d)
