"""Keelback's random module: CPython 3.11's Lib/random.py, for the module-level
functions (one hidden generator), over the Mersenne Twister of
runtime/random.cpp (CPython's _random). A program seeded with seed(n) draws
the same values as under CPython, to the bit; without seed() the generator
is seeded from the OS, as CPython's is.

Each function is compiled for the argument types a program calls it with, so
choice(), shuffle() and sample() keep the element type of the sequence.
"""

from _keelback_random import seed_int as _seed_int, seed_os as _seed_os, random, getrandbits
from _keelback_random import randbelow as _randbelow, seed_bytes_key as _seed_bytes_key
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil, floor as _floor
from math import pow as _pow, sqrt as _sqrt, cos as _cos, sin as _sin, acos as _acos

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

# The gauss() pair's second value (Random.gauss_next).
_gauss_next = [0.0]
_gauss_has_next = [False]


def seed(a=None, version=2):
    if a is None:
        _seed_os()
    elif isinstance(a, float):
        # CPython seeds from hash(a) as a C size_t.
        _seed_int(hash(a) % 18446744073709551616)
    elif isinstance(a, int):
        # An int (a bool is one), possibly seen as an object.
        _seed_int(int(a))
    elif isinstance(a, str):
        _seed_int(_seed_bytes_key(str(a).encode()))
    else:
        # bytes or a bytearray (the runtime raises CPython's TypeError for
        # anything else).
        _seed_int(_seed_bytes_key(a))
    _gauss_has_next[0] = False


def _randrange_arg(value, what):
    # randrange()'s arguments: ints; a float only when integral (CPython
    # 3.11 warns about it and goes on).
    if isinstance(value, float):
        i = int(value)
        if i != value:
            raise ValueError("non-integer " + what + " for randrange()")
        return i
    return value + 0


def randrange(start, stop=None, step=1):
    istart = _randrange_arg(start, "arg 1")
    if stop is None:
        if step != 1:
            raise TypeError('Missing a non-None stop argument')
        if istart > 0:
            return _randbelow(istart)
        raise ValueError("empty range for randrange()")
    istop = _randrange_arg(stop, "stop")
    width = istop - istart
    istep = _randrange_arg(step, "step")
    if istep == 1:
        if width > 0:
            return istart + _randbelow(width)
        raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
    if istep > 0:
        n = (width + istep - 1) // istep
    elif istep < 0:
        n = (width + istep + 1) // istep
    else:
        raise ValueError("zero step for randrange()")
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return istart + istep * _randbelow(n)


def randint(a, b):
    return randrange(a, b + 1)


def choice(seq):
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[_randbelow(len(seq))]


def shuffle(x):
    for i in range(len(x) - 1, 0, -1):
        # pick an element in x[:i+1] with which to exchange x[i]
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]


def sample(population, k, *, counts=None):
    if isinstance(population, (set, frozenset, dict)):
        raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    n = len(population)
    if counts is not None:
        cum_counts = []
        total = 0
        for c in counts:
            total += c
            cum_counts.append(total)
        if len(cum_counts) != n:
            raise ValueError('The number of counts does not match the population')
        total = cum_counts.pop()
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        selections = sample(range(total), k)
        result = []
        for s in selections:
            # bisect_right(cum_counts, s)
            lo = 0
            hi = len(cum_counts)
            while lo < hi:
                mid = (lo + hi) // 2
                if s < cum_counts[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            result.append(population[lo])
        return result
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    # The result is filled in order: appended rather than preset to None.
    result = []
    setsize = 21        # size of a small set minus size of an empty list
    if k > 5:
        setsize += 4 ** _ceil(_log(k * 3, 4))  # table size for big sets
    if n <= setsize:
        # An n-length list is smaller than a k-length set.
        pool = list(population)
        for i in range(k):
            j = _randbelow(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]  # move non-selected item into vacancy
    else:
        selected = set()
        for i in range(k):
            j = _randbelow(n)
            while j in selected:
                j = _randbelow(n)
            selected.add(j)
            result.append(population[j])
    return result


def choices(population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None:
        if weights is None:
            nf = n + 0.0    # convert to float for a small speed improvement
            return [population[_floor(random() * nf)] for i in range(k)]
        cum = []
        total = 0.0
        for w in weights:
            total += w
            cum.append(total)
        return _choices_cumulative(population, cum, k, n)
    if weights is not None:
        raise TypeError('Cannot specify both weights and cumulative weights')
    cum = []
    for w in cum_weights:
        cum.append(w + 0.0)
    return _choices_cumulative(population, cum, k, n)


def _choices_cumulative(population, cum_weights, k, n):
    if len(cum_weights) != n:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0   # convert to float
    if total <= 0.0:
        raise ValueError('Total of weights must be greater than zero')
    if total != total or total - total != 0.0:
        raise ValueError('Total of weights must be finite')
    hi = n - 1
    result = []
    for i in range(k):
        x = random() * total
        # bisect_right(cum_weights, x, 0, hi)
        lo = 0
        top = hi
        while lo < top:
            mid = (lo + top) // 2
            if x < cum_weights[mid]:
                top = mid
            else:
                lo = mid + 1
        result.append(population[lo])
    return result


def uniform(a, b):
    return a + (b - a) * random()


def triangular(low=0.0, high=1.0, mode=None):
    u = random()
    if mode is None:
        c = 0.5
    else:
        try:
            c = (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


def normalvariate(mu=0.0, sigma=1.0):
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = NV_MAGICCONST * (u1 - 0.5) / u2
        zz = z * z / 4.0
        if zz <= -_log(u2):
            break
    return mu + z * sigma


def gauss(mu=0.0, sigma=1.0):
    if _gauss_has_next[0]:
        z = _gauss_next[0]
        _gauss_has_next[0] = False
    else:
        x2pi = random() * TWOPI
        g2rad = _sqrt(-2.0 * _log(1.0 - random()))
        z = _cos(x2pi) * g2rad
        _gauss_next[0] = _sin(x2pi) * g2rad
        _gauss_has_next[0] = True
    return mu + z * sigma


def lognormvariate(mu, sigma):
    return _exp(normalvariate(mu, sigma))


def expovariate(lambd):
    return -_log(1.0 - random()) / lambd


def paretovariate(alpha):
    u = 1.0 - random()
    return u ** (-1.0 / alpha)


def weibullvariate(alpha, beta):
    u = 1.0 - random()
    return alpha * (-_log(u)) ** (1.0 / beta)


def vonmisesvariate(mu, kappa):
    if kappa <= 1e-6:
        return TWOPI * random()
    s = 0.5 / kappa
    r = s + _sqrt(1.0 + s * s)
    while True:
        u1 = random()
        z = _cos(_pi * u1)
        d = z / (r + z)
        u2 = random()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    u3 = random()
    if u3 > 0.5:
        theta = (mu + _acos(f)) % TWOPI
    else:
        theta = (mu - _acos(f)) % TWOPI
    return theta


def gammavariate(alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError('gammavariate: alpha and beta must be > 0.0')
    if alpha > 1.0:
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - LOG4
        ccc = alpha + ainv
        while True:
            u1 = random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - random()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x * beta
    elif alpha == 1.0:
        return -_log(1.0 - random()) * beta
    while True:
        u = random()
        b = (_e + alpha) / _e
        p = b * u
        if p <= 1.0:
            x = _pow(p, 1.0 / alpha)
        else:
            x = -_log((b - p) / alpha)
        u1 = random()
        if p > 1.0:
            if u1 <= _pow(x, alpha - 1.0):
                break
        elif u1 <= _exp(-x):
            break
    return x * beta


def betavariate(alpha, beta):
    y = gammavariate(alpha, 1.0)
    if y:
        return y / (y + gammavariate(beta, 1.0))
    return 0.0


def randbytes(n):
    return getrandbits(n * 8).to_bytes(n, 'little')


_seed_os()
