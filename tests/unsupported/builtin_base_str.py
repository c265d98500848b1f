# keelback-error: not supported yet: this base class
class Name(str):
    pass


print(Name("x"))
