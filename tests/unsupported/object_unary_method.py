# keelback-error: not supported yet: unary USub on a value of type object (a class of the program defines __neg__)
# -x of a value of type object that may be an instance with __neg__ (it
# raised TypeError: bad operand type for unary -).
class P:
    def __neg__(self):
        return "neg"


class Q(P):
    pass


def pick(i):
    return P() if i else Q()


print(-pick(1))
