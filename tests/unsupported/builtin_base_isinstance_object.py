# keelback-error: not supported yet: isinstance() of a value of type object with dict when a class of the program subclasses it
class Env(dict):
    pass


for x in [Env(), 1, "a"]:
    print(isinstance(x, dict))
