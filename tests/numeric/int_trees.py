# Int expressions computed as one tree in machine arithmetic: every way the
# fast path can fail must give CPython's result (big ints, errors).


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def index(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


def mixed(a, b, c):
    return (a * b) // c + (a - b) % c


def compare(a, b, c, d):
    return a * b + 1 < c * d - 1


def as_float(a, b):
    return float(a * b + a)


s = 0.0
for i in range(5):
    for j in range(5):
        s += eval_a(i, j)
print("%.12f" % s)
big = 2 ** 40
for k in range(3):
    print(index(big + k, big - k), eval_a(big + k, big))
# The product overflows 64 bits, the quotient fits again.
print(mixed(2 ** 40, 2 ** 40, 2 ** 30), mixed(-(2 ** 40), 2 ** 40, 7), mixed(17, -5, -3))
# The result fits in 64 bits but is not a small int (62 bits).
top = 2 ** 61
print(index(top, 0), top + top - 1 + 1, (top - 1) * 2 + 2, -top - top - top)
# INT64_MIN // -1 and % -1.
low = -(2 ** 62)
print(low * 2 // -1, low * 2 % -1, (low * 2) // 1)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)]:
    print(a * 1 // b, a * 1 % b, (a + 0) // (b + 0), (a - 0) % (b * 1))
print(compare(2 ** 31, 2 ** 31, 2 ** 31, 2 ** 31), compare(2 ** 40, 2 ** 40, 2 ** 41, 2 ** 40), compare(3, 4, 2, 7))
print(as_float(2 ** 40, 2 ** 40), as_float(3, 4), as_float(2 ** 62, 2 ** 62))
acc = 0
for n in range(60):
    acc = acc * 3 + n * n - n // 2
print(acc)
# A zero divisor inside a tree raises as CPython does, after what came before.
z = 0
print((5 + 1) * 2 + 3)
print((5 + 1) // (z * 3) + 1)
