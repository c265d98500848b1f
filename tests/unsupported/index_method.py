# keelback-error: not supported yet: the special method __index__
class Slot:
    def __index__(self):
        return 1


print(range(Slot()))
