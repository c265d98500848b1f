# also-build
# A function whose code for one argument type can only raise (str + None):
# the instance for that type compiles (it crashed the compiler) and raises
# CPython's TypeError where it runs.
def label(x):
    if x is None:
        return "n"
    return "v" + x


print(label(None))
print(label("a"))
def broken(x):
    return "v" + x
print(broken(None))
