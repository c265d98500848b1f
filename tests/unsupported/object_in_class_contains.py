# keelback-error: not supported yet: 'in' with a value of type object (a class of the program defines __contains__)
# `x in obj` of an object that may be an instance with __contains__ (the
# run-time dispatch raised TypeError: argument of type 'Bag' is not iterable).
class Bag:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        return x in self.items


def make(i):
    return Bag([1, 2]) if i else [3]


print(2 in make(1), 3 in make(0))
