# keelback-error: not supported yet: int() of an instance whose __int__ returns str
class Code:
    def __int__(self):
        return "7"


print(int(Code()))
