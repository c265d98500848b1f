from consts import *
from colors import *
print(WIDTH, HEIGHT, area())
print(RED, GREEN, describe(RED))
try:
    print(DEPTH)
except NameError as e:
    print("NameError", e)
print(_SECRET)
