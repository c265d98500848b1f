# also-build
# float: IEEE doubles with CPython's repr and its //, % and / rules.
x = 7.5
y = 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y)
print(-x // y, -x % y, x // -y, x % -y)
print(0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 1e16 + 1.0, 1e-7 / 3.0)
print(1 + 2.5, 3 * 0.5, 10 / 4.0, 7 // 2.0, 7 % 2.5, -0.0 * 1.0)
print(float(3), float(10 ** 20), int(3.99), int(-3.99), int(1e20))
print(abs(-2.5), min(1.5, -2.5), max(0.5, 0.25))
z = 1.0
i = 0
while i < 10:
    z = z * 1.1
    i += 1
print(z)
print(3.0 == 3, 2.5 < 3, 1e308 * 10 > 1e308, -x)
