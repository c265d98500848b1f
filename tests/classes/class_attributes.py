# also-build
# Class attributes: read through the class and instances, written through the class; docstrings.
class Counter:
    """Counts the instances made."""

    count = 0
    KINDS = ("a", "b")
    step = 2

    def __init__(self, kind):
        Counter.count += 1
        self.kind = kind
        self.id = Counter.count

    def describe(self):
        return self.kind + str(self.id) + "/" + str(self.count) + " " + str(self.step)


class Sub(Counter):
    step = 5


a = Counter("a")
b = Counter("b")
s = Sub("c")
print(Counter.count, Counter.KINDS, a.KINDS[1], a.describe(), b.describe(), s.describe())
print(Sub.count, Sub.step, s.step, a.step)
Counter.step = 3
print(a.describe(), s.describe(), len(Counter.KINDS))
