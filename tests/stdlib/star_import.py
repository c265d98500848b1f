# from m import * binds CPython's public names of a native module.
from math import *
from typing import *

print(sqrt(2.0), pi, inf, floor(3.5), gcd(12, 18), TYPE_CHECKING)


def total(xs: List[int]) -> Optional[int]:
    return sum(xs) if xs else None


print(total([1, 2, 3]), total([1][:0]))
