# keelback-error: not supported yet: the operator + on a value of type object (a class of the program defines __add__)
# obj + x where a class's __add__ may return NotImplemented (CPython then
# tries the other operand's __radd__): not followed yet.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented


def pick(i):
    return Money(i) if i else "x"


print((pick(0) + "y"))
