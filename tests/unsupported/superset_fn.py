# keelback-error: not supported yet: 'fn' functions
# The superset parses in a .py file, but inference does not handle it yet:
# a clean located error, never a crash.
def python_code(var):
    return var + 1


fn add[T: Intable](a: T, b: T) raises -> T:
    return a + b


print(python_code(1))
