# A name a native module does not have: CPython's ImportError.
import math
print(math.pi)
from math import sqrt, nothing
