# also-build
# Loop counters at the edge of the machine-word fast path keep exact values.
big = 2 ** 62
for i in range(big - 3, big + 3):
    print(i, i - big)
for i in range(-big + 2, -big - 3, -1):
    print(i, i + big)
for i in range(10 ** 20, 10 ** 20 + 3):
    print(i)
total = 0
for i in range(0, 10, 3):
    total += i
for i in range(10, 0, -4):
    total += i
print(total, list(range(5, -5, -3)), list(range(big + 1, big + 10, 4)))
