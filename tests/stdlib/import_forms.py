# also-build
# Every form of import works alike for every native module: import m,
# import m as x, from m import a, b as c, m.f as a value, module reprs.
import math as m, sys as system
import time
import typing
import random as rnd
from math import sqrt, pi as PI, floor
from sys import argv, maxsize
from time import perf_counter as clock

print(m, system, time, typing, rnd)
print(m.sqrt(2.0), sqrt(16), PI, floor(-2.5), m.e)
print(len(argv), maxsize, system.maxsize == 2 ** 63 - 1, system.byteorder, system.platform)
f = m.floor
g = m.hypot
print(f(7.9), g(3, 4))
h = m.sin
print(h(0.0), h(m.pi / 2))
print(clock() >= 0, type(clock()).__name__)


def uses_module_in_function(x):
    import math
    from math import gcd as greatest
    return math.isqrt(x), greatest(x, 12)


print(uses_module_in_function(50))
print(rnd.randint(5, 5), type(rnd.random()).__name__)
