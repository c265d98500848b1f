# also-build
# math.floor, ceil and trunc of an int return the int itself, exactly, however
# large (never through a float); of a float, the int nearest in that direction.
import math
print(math.floor(10**30), math.ceil(2**70 + 1), math.trunc(-(10**20) - 1), math.floor(7), math.ceil(True))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(1e20), math.ceil(2.0**70))
n = 3**50
print(math.floor(n) == n, math.floor(n) - n)
print(math.floor(float("inf")))
