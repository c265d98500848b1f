# A global named sys or math that the program does not bind by
# `import sys` / `import math` is a plain variable (it was taken for the
# module).
math = 3
sys = "abc"
print(math + 1, sys.upper())


def f():
    math = [1, 2]
    return math * 2


print(f())
