# super(C, self) in a method of C is super().
class Base(object):
    def __init__(self, name):
        super(Base, self).__init__()
        self.name = name

    def describe(self):
        return "base " + self.name


class Child(Base):
    def __init__(self, name, n):
        super(Child, self).__init__(name)
        self.n = n

    def describe(self):
        return super(Child, self).describe() + " child " + str(self.n)


c = Child("c", 2)
print(c.describe(), c.name, c.n)
