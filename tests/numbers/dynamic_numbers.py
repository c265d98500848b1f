# divmod(), pow() and abs() of values known only at run time (ints, floats,
# complexes and others in one list), with CPython's errors.
xs = [7, 2.5, "s", 1j, -3, True]
print(divmod(xs[0], 2), divmod(xs[1], 2), divmod(xs[4], 2), divmod(xs[5], 2))
print(pow(xs[0], 2), pow(xs[1], 0.5), pow(xs[0], -1), pow(xs[3], 2), pow(-8, xs[1]), pow(xs[4], 0.5))
print(abs(xs[3]), abs(xs[4]), abs(xs[5]), -xs[3], +xs[1])
print(pow(xs[0], 2, 5), pow(xs[4], 3, 7), pow(xs[0], -1, 5), pow(2, xs[0], 100))


def check(f):
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)


check(lambda: divmod(xs[3], 2))
check(lambda: divmod(xs[2], 2))
check(lambda: divmod(xs[0], 0))
check(lambda: divmod(xs[1], 0))
check(lambda: divmod(xs[0], 0.0))
check(lambda: divmod(xs[1], -0.5))
check(lambda: pow(xs[1], 2, 5))
check(lambda: pow(xs[3], 2, 5))
check(lambda: pow(xs[0], xs[3], 5))
check(lambda: pow(xs[2], 2, 5))
check(lambda: pow(xs[0], 2, 0))
check(lambda: abs(xs[2]))
pow(xs[0], 2, xs[1])
