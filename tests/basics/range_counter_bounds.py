# also-build
# Loop counters near the small-int limit (2**62): the fast path is chosen
# from the first value and the bound, and a counter that starts or ends
# beyond the limit must still count exactly.
top = 2 ** 62
print([i - top for i in range(top - 3, top + 2)])
print([i + top for i in range(-top - 2, -top + 3)])
print([i - top for i in range(top + 1, top - 3, -1)])
print([i + top for i in range(-top + 2, -top - 2, -1)])
total = 0
for i in range(top - 2, top + 2):
    total += i - top
print(total)
xs = [5, 6, 7]
for k, x in enumerate(xs, top - 1):
    print(k - top, x)
s = 0
for i in range(3, 10):
    for j in range(i, 12):
        s += (i + j) * (i + j + 1) // 2 + i + 1
print(s)
print(sum(1.0 / ((i + j) * (i + j + 1) // 2 + i + 1) for i in range(5) for j in range(5)))
