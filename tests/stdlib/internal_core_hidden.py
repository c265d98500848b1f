# The Mersenne Twister core under Keelback's random module is not a module
# a program can import (CPython has no such module).
import _keelback_random
