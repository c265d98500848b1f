# keelback-error: not supported yet: the operator * on a value of type object (a class of the program defines __mul__)
# x * y of two values of type object (instances of two classes that inherit
# __mul__): the run-time dispatch knows no operator method of the program's
# classes (it raised TypeError: unsupported operand type(s)).
class Base:
    def __mul__(self, o):
        return "mul(%s,%s)" % (type(self).__name__, type(o).__name__)


class A(Base):
    pass


class B(Base):
    pass


def pick(i):
    return A() if i else B()


x = pick(1)
y = pick(0)
print(x * y)
