# Multiple inheritance: C3 method resolution order for methods, class attributes and super(); isinstance/issubclass; an inconsistent MRO raises TypeError when the class statement runs.
class Base:
    kind = "base"

    def __init__(self):
        self.log = []

    def hello(self):
        return "Base.hello"

    def chain(self):
        self.log.append("Base")


class Left(Base):
    def hello(self):
        return "Left.hello"

    def chain(self):
        self.log.append("Left")
        super().chain()


class Right(Base):
    kind = "right"

    def hello(self):
        return "Right.hello"

    def only_right(self):
        return "only in Right"

    def chain(self):
        self.log.append("Right")
        super().chain()


class Child(Left, Right):
    def chain(self):
        self.log.append("Child")
        super().chain()


class Mixin:
    def describe(self):
        return "I am " + self.name()


class Named:
    def __init__(self, n):
        self.n = n

    def name(self):
        return self.n


class Thing(Mixin, Named):
    pass


c = Child()
print(c.hello(), c.only_right(), c.kind)
c.chain()
print(c.log)
r = Right()
r.chain()
print(r.log)
t = Thing("box")
print(t.describe())
print(isinstance(c, Right), isinstance(c, Left), isinstance(c, Base), isinstance(r, Left))
items = [c, r, Left()]
for x in items:
    print(isinstance(x, Right), x.hello())
print(isinstance(t, Named), isinstance(t, Mixin))
print(issubclass(Child, Right), issubclass(Thing, Named), issubclass(Right, Left))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who())


class E(A, B):
    pass
