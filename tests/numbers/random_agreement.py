# Thousands of pseudo-random operands: hypot, dist, fsum, complex arithmetic,
# hash and log of huge ints agree with CPython to the bit.
import math
state = [12345]
def nxt():
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return state[0] >> 11
def uniform(lo, hi):
    return lo + (hi - lo) * (nxt() / 2.0**53)
def randint(lo, hi):
    return lo + nxt() % (hi - lo + 1)
def rnd():
    k = randint(0, 5)
    if k == 0:
        return uniform(-1e-300, 1e-300)
    if k == 1:
        return uniform(-1e300, 1e300)
    return uniform(-100.0, 100.0) * 10.0 ** randint(-10, 10)
acc = []
for i in range(3000):
    a, b, c, d = rnd(), rnd(), rnd(), rnd()
    acc.append(math.hypot(a, b))
    acc.append(math.hypot(a, b, c, d))
    acc.append(math.dist((a, b), (c, d)))
    acc.append(math.fsum([a, b, c, d, -a, 0.1, 1e-17]))
    z = complex(a, b)
    w = complex(c, d)
    try:
        q = z / w
    except ZeroDivisionError:
        q = 0j
    p = z * w
    try:
        e = complex(a / 1e300, b / 1e300) ** complex(c / 1e299, 0.5)
    except (OverflowError, ZeroDivisionError):
        e = 0j
    try:
        acc.append(abs(q) + abs(p))
    except OverflowError:
        acc.append(-1.0)
    acc.append(e.real)
    acc.append(hash(z) % 1000003)
    acc.append(math.log(abs(a) + 1.0) + math.log2(randint(1, 10**400)))
print(len(acc))
h = 0
for v in acc:
    h = (h * 31 + hash(v)) % (2**61 - 1)
print(h)
for v in acc[:40]:
    print(repr(v))
