# keelback-error: not supported yet: calling a value of type object (a class of the program defines __call__)
# Calling an object that may be an instance with __call__ (it raised
# TypeError: 'Adder' object is not callable).
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


class Mul:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x * self.n


fs = [Adder(1), Mul(3)]
print([f(10) for f in fs])
