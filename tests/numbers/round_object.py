# round() of values known only at run time, and round(int, n) with n < 0
# (half to even).
items = [2.5, 3, -0.5, 1234.5678, True, 15, -25]
for v in items:
    print(repr(v), repr(round(v)), repr(round(v, 1)), repr(round(v, -1)), repr(round(v, None)))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1), round(25, -1))
print(round(10**30 + 5 * 10**14, -15), round(123, -10), round(-7, 0))
print(round(2.675, 2), round(0.5), round(1.5), round(-1.5), round(1e300, -299))
mixed = [1.5, "x", 2]
for v in mixed:
    try:
        print(round(v))
    except TypeError as e:
        print("TypeError:", e)
z = [1j, 2.5][0]
round(z)
