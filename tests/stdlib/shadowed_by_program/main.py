# CPython's search order: a module built into the interpreter (time) is
# found before the program's time.py; a standard-library source module
# (random) comes after the program's directory, so random.py here wins.
import time
import random
from random import randint

print(type(time.time()).__name__, time)
print(random.MARKER, randint(1, 10), random.__name__)
