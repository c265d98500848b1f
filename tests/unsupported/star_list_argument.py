# keelback-error: not supported yet: * arguments of type list[int]
# A list's items before other positional arguments: their positions are not known.
def f(a, b, c):
    return a + b + c
print(f(*[1, 2], 3))
