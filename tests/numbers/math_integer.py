# math's integer functions: gcd and lcm of any number of ints, factorial,
# isqrt, comb, perm, with CPython's errors.
import math

print(math.gcd(), math.gcd(-4), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5), math.lcm(2**64, 3**40))
print([math.factorial(n) for n in range(8)], math.factorial(30), math.factorial(True))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**20 + 1), math.isqrt(2**200))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.comb(0, 0), math.comb(10**20, 2))
print(math.perm(5, 2), math.perm(4), math.perm(3, 5), math.perm(100, 3), math.perm(0))


def check(f):
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


check(lambda: math.gcd(1.5))
check(lambda: math.gcd(4, 2.0))
check(lambda: math.lcm(4, "6"))
check(lambda: math.factorial(5.0))
check(lambda: math.factorial(-1))
check(lambda: math.isqrt(-1))
check(lambda: math.isqrt(2.0))
check(lambda: math.comb(-1, 2))
check(lambda: math.comb(3, -1))
check(lambda: math.perm(-3))
check(lambda: math.perm(3, -1))
check(lambda: math.comb(3.0, 1))
math.factorial(-5)
