"""Keelback's showcase: a small, plain Python program that Keelback compiles
to native code and runs, printing exactly what CPython prints.

Usage: showcase.py [n]   (default 30)
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def leibniz_pi(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    print("fib(%d) = %d" % (n, fib(n)))
    print("%d! = %d" % (n, factorial(n)))
    print("2**100 =", 2 ** 100, "and 2**-3 =", 2 ** -3)
    longest = 0
    start = 1
    for i in range(1, 10000):
        steps = collatz_steps(i)
        if steps > longest:
            longest = steps
            start = i
    print("longest Collatz chain below 10000 starts at", start, "with", longest, "steps")
    print("pi is about %.10f (Leibniz, 1e6 terms); repr: %r" % (leibniz_pi(1000000), leibniz_pi(1000)))
    count = 0
    for i in range(100000):
        if is_prime(i):
            count += 1
    print("primes below 100000:", count)
    print("floats:", 0.1 + 0.2, 1e16, 1 / 3, 7 // 2, -7 // 2, -7 % 3)


if __name__ == "__main__":
    main()
