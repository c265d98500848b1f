print("before")
import math.foo
