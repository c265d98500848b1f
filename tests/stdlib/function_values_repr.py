# A native module's function seen as an object prints as CPython's.
import math
import time
from math import gcd
print(math.sqrt, gcd, time.perf_counter)
f = math.floor
print(f, f(2.5), [str(math.hypot)])
