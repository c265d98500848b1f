# keelback-error: not supported yet: the special method __repr__
class P:
    def __repr__(self):
        return "P()"


print(P())
