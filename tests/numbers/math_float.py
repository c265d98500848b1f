# math's float functions beyond the libm ones: hypot and dist (CPython's
# also-build
# vector_norm), fsum (exact), prod, frexp, modf, ldexp, isclose, log of any
# int and log(x, base), and the constants.
import math

print(math.e, math.pi, math.tau, math.inf, -math.inf, math.nan)
print(math.copysign(1, -0.0), math.fmod(7, -3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.log(10**400), math.log((-10) ** 401 * -1), math.log2(2**2000), math.log10(10**500), math.log(True))
print(math.log(1e-300), math.log2(8), math.log10(0.001), math.log(2**1100), math.log(2**1100, 2), math.log2(3**1000))
print(math.log(8, 2), math.log(2, 0.5), math.log(100, 10), math.log(10**300, 10**100), math.log(7.5, 2.5))
print(math.hypot(), math.hypot(-5), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e300, 1e300), math.hypot(1.5, 2.5, 3.5))
print(math.hypot(3e-310, 4e-310), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0.1, 0.2, 0.3, 0.4))
print(math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-1.5,)), math.dist((0.1, 0.2), (0.3, 0.7)))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum(x / 10 for x in range(10)), math.fsum([1e-16, 1, 1e16]), math.fsum([math.inf, 1.0]), math.fsum((1, 2, 3)))
print(math.prod(range(1, 10)), math.prod([1.5] * 3, start=2), math.prod([2, 3.0]), math.prod((x for x in [2, 5])))
print(math.frexp(8.0), math.frexp(-0.0), math.frexp(1e-320), math.frexp(math.inf), math.frexp(3))
print(math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf), math.modf(2))
print(math.ldexp(0.5, 4), math.ldexp(1, -1080), math.ldexp(1.0, -(2**70)), math.ldexp(-0.0, 5000), math.ldexp(math.inf, -5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(1e308, math.inf), math.isclose(-1.0, -1.0 - 1e-12, rel_tol=0.0))


def check(f):
    try:
        print(f())
    except (OverflowError, ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)


check(lambda: math.log(0))
check(lambda: math.log(-(10**400)))
check(lambda: math.log(10, 1))
check(lambda: math.log2(-1))
check(lambda: math.log10(0.0))
check(lambda: math.ldexp(1.0, 2.0))
check(lambda: math.ldexp(1.0, 10000))
check(lambda: math.isclose(1, 2, rel_tol=-1))
check(lambda: math.dist((1, 2), (1,)))
check(lambda: math.fsum([1e308, 1e308]))
check(lambda: math.fsum([math.inf, -math.inf]))
check(lambda: math.hypot(1, "2"))
check(lambda: math.frexp("x"))
math.log(0, 2)
