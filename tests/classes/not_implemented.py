# Operator methods returning NotImplemented: the other operand's reflected
# method is tried, then == falls back to identity and others raise TypeError.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __eq__(self, o):
        if isinstance(o, V):
            return self.x == o.x
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, V):
            return self.x < o.x
        return NotImplemented
class W:
    def __radd__(self, o):
        return "W.radd"
    def __gt__(self, o):
        return True
v = V(1)
print((v + V(2)).x, (1 + v).x, (v + 3).x if False else "skip")
print(v + W())
print(v == V(1), v == V(2), v != V(1), v == 1, v != 1, v == v)
print(v < V(5), v < W())
print(NotImplemented, repr(NotImplemented))
try:
    v + "s"
except TypeError as e:
    print(e)
try:
    v < 3
except TypeError as e:
    print(e)
try:
    "s" + v
except TypeError as e:
    print(e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented


class Points:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if isinstance(other, Money):
            return other.cents == self.n
        return NotImplemented


m = Money(5)
print(m == Money(5), m == Points(5), Points(5) == m, m != Points(4), m == "5", m != "5")
total = Money(7) + m
print(total.cents, (0 + m).cents)
try:
    print(m + 1)
except TypeError as e:
    print(e)
try:
    print(2 + m)
except TypeError as e:
    print(e)
v + 2.5
