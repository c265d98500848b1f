# A generator that delegates to itself without end raises RecursionError.
def forever(n):
    yield n
    yield from forever(n + 1)


total = 0
for v in forever(0):
    total += v
print(total)
