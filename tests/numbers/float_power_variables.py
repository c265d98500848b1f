# x ** 0.5 of a local variable: a float where every value the variable takes
# is provably non-negative, else a float or a complex as CPython's.
def norms(n):
    total = 0.0
    for i in range(n):
        d = i * 0.5 + 1.0
        d += 0.25
        total += d ** 0.5
    return total


def shifted(n):
    r = 0.0
    for j in range(-3, n):
        r = j * 1.0
    return r ** 0.5


def reassigned(flag):
    x = 4.0
    if flag:
        x = -x
    return x ** 0.5


def param(x):
    return x ** 0.5


def counted(n):
    c = 0
    for k in range(1, n, 2):
        c = float(k)
    total = c ** 1.5
    s = 0
    for k in range(n):
        s -= k
    return total, s ** 0.5


def squares(values):
    total = 0.0
    for v in values:
        w = v * v
        if w > 1:
            total += w ** 0.5
    return total


print(norms(1000), shifted(2), shifted(-2), reassigned(False), reassigned(True))
print(param(9.0), param(-9.0), param(2), counted(8), counted(1), squares([-3.0, 0.5, 2.0]))
