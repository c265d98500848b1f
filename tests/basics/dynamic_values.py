# also-build
# Variables whose values change type are boxed objects, dispatched at run time.
def f(flag):
    x = 1
    if flag:
        x = "one"
    return x


def power(base, exponent):
    return base ** exponent


print(f(True), f(False))
total = 0
for i in range(5):
    total += 0.5
print(total, total * 2, total // 1, -total)
n = 2 ** 10
print(n, 2 ** (3 - 5), power(2, 100), power(2, -2), power(2.0, 3))
print(n > 1000, n == 1024, n != 1024.0)
for i in range(power(2, 3)):
    print(i, end=" ")
print()
x = 3
x = x / 2
print(x, int(x), float(n))
mixed = 1 if n > 0 else "negative"
print(mixed, str(mixed) + "!")
