# Reading a field through an object whose class lacks it.
class A:
    def __init__(self):
        self.x = 1


class B:
    def __init__(self):
        self.y = 2


for v in [A(), B()]:
    print(v.x)
