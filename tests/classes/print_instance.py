# keelback-error: not supported yet: the special method __iter__
class P:
    def __iter__(self):
        return iter([1])


print(P())
