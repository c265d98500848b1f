# keelback-error: not supported yet: open() with a mode that is not a string literal
# Whether reads give strs or bytes must be known at compile time.
import sys
mode = "r" + sys.argv[0][:0]
print(open(sys.argv[0], mode).readline())
