# also-build
# int against float compares exactly, as CPython does: never through
# float(int), which rounds above 2**53 and overflows above about 1e308.
print(10**400 > 1.5, 10**400 < float("inf"), -10**400 < float("-inf"), -10**400 > -1e308)
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2.0**53 < 2**53 + 1, 2**53 == 2.0**53)
big = 2**63
print(big == 9.223372036854776e18, big - 1 == 9.223372036854776e18, big - 1 < 9.223372036854776e18)
nan = float("nan")
print(nan == 3, nan != 3, 3 < nan, 3 >= nan, nan > 10**400)
print(True < 1.5, False == 0.0, True == 1.0)
values = [-2**53 - 1, -2**53, -1, 0, 7, 2**53, 2**53 + 1, 10**20, -10**30]
floats = [float(2**53), -float(2**53), 0.0, -0.0, 0.5, 7.0, 1e20, float("inf"), -float("inf")]
for a in values:
    row = []
    for f in floats:
        row.append((a < f, a <= f, a == f, a != f, a > f, a >= f, f < a, f <= a, f == a, f > a))
    bits = 0
    for r in row:
        for t in r:
            bits = bits * 2 + (1 if t else 0)
    print(a, bits)
x = 1.0
n = 1
while n < 10**30:
    if n != x:
        print("differ at", n)
        break
    n *= 3
    x *= 3
print(n > x, n == x)
