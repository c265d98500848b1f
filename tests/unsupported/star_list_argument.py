# keelback-error: not supported yet: * arguments of type list[int]
def f(a, b):
    return a + b
print(f(*[1, 2]))
