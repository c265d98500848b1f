# A function of math or a builtin passed as an argument (the math function
# was lowered as the float nan: invalid LLVM IR), and a stream of sys passed
# as an argument or default.
import math
import sys


def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3


def apply(f, x):
    return f(x)


print(round(simpson(math.sin, 0, math.pi), 9), apply(math.sqrt, 2.0), apply(abs, -3), apply(len, "four"))


def log(msg, stream=sys.stdout):
    stream.write(msg + "\n")


log("to stdout")
log("to stderr", sys.stderr)
