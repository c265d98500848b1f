# Unpacking a generator into targets, and its ValueErrors.
def three():
    yield 1
    yield 2
    yield 3


def naturals():
    n = 0
    while True:
        yield n
        n += 1


a, b, c = three()
print(a, b, c)
[x, y, z] = (w * 10 for w in three())
print(x, y, z)
try:
    p, q = three()
except ValueError as e:
    print(e)
try:
    p, q, r, s = three()
except ValueError as e:
    print(e)
try:
    m, n = naturals()
except ValueError as e:
    print(e)
first, second = naturals()
