# keelback-error: not supported yet: the special method __format__
class P:
    def __format__(self, spec):
        return "p"


print(P())
