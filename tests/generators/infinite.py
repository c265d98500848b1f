# Infinite generators consumed partially: zip, break, next().
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break

print(list(zip("abc", naturals())))
g = fib()
print([next(g) for _ in range(10)])
print(next(g))
for i, f in zip([0, 1, 2, 3, 4], fib()):
    print(i, f)
big = fib()
for _ in range(100):
    x = next(big)
print(x)
