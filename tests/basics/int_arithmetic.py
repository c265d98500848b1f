# also-build
# Python's int: arbitrary precision, floor division and modulo sign rules.
a = 17
b = 5
print(a + b, a - b, a * b, a // b, a % b, a / b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(7 // 7, 0 // 3, -1 // 10, 1 % 10, -1 % 10)
print(-a, +a, ~a, ~-a, abs(-a), abs(a))
print(a & b, a | b, a ^ b, a << 3, a >> 2, -a >> 1, 1 << 70, (1 << 70) >> 65)
big = 4611686018427387903
print(big, big + 1, big * big, -big - 2, (big + 1) - 1)
n = 1
i = 0
while i < 100:
    n = n * 3
    i += 1
print(n)
print(n // 7, n % 7, n // -7, n % -7, -n // 12345678901234567890)
print(n - n, n + (-n), n > big, n < big, n == n, big * 2 == big + big)
print(10 / 4, 1 / 3, 2 / 2, -7 / 2)
print(min(3, 1, 2), max(3, 1, 2), min(-big, big), max(5, 5))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
print(x)
