# keelback-error: not supported yet: the operator + on a value of type object (a class of the program defines __add__)
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented


total = 0 + Money(5)
print((total + Money(7)).cents)
