# `import math` and `import sys` inside a function bind the compiled modules
# as that function's locals (read by nested functions too); a variable of the
# same name bound any other way is a plain variable. The module's function
# used to be a local of unknown type: its calls were dropped or crashed.
import sys


def area(r):
    import math
    return math.pi * r * r


def outer(x):
    import math

    def inner(y):
        return math.sqrt(y) + math.floor(x)
    return inner(16.0)


def argv_len():
    import sys
    return len(sys.argv)


def shadow(math):
    return math * 2


print(area(2.0), outer(2.5), argv_len(), shadow(21))
math = 3
print(math + 1)
sys.stdout.write("ok\n")


def check(v):
    import math
    math.sqrt(v)  # a statement: its ValueError is still raised
    print("sqrt ok", v)


check(4.0)
check(-1.0)
