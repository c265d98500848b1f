# Operators on values of type object (instances of several classes, or
# numbers) call the operator methods of the program's classes: the left
# operand's __mul__ (inherited too), else the right operand's __rmul__, else
# the built-in operation. (It raised TypeError: unsupported operand type(s).)
class Base:
    def __mul__(self, o):
        return "mul(%s,%s)" % (type(self).__name__, type(o).__name__)

    def __rmul__(self, o):
        return "rmul(%s,%s)" % (type(self).__name__, type(o).__name__)

    def __neg__(self):
        return "neg " + type(self).__name__


class A(Base):
    pass


class B(Base):
    pass


def pick(i):
    return A() if i == 1 else B() if i == 2 else i


x = pick(1)
y = pick(2)
n = pick(3)
print(x * y, y * x, x * 2, n * y, n * n, -x, -y, -n)


class Expr:
    def __add__(self, o):
        return Add(self, o if isinstance(o, Expr) else Num(o))

    def __radd__(self, o):
        return Add(Num(o), self)


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return repr(self.v)


class Add(Expr):
    def __init__(self, l, r):
        self.l = l
        self.r = r

    def __repr__(self):
        return "(%r + %r)" % (self.l, self.r)


terms = [Num(1), 2, Num(3)]
total = terms[0]
for t in terms[1:]:
    total = total + t
print(total, 5 + terms[2], terms[1] + terms[1])
