# enumerate() with a start, positional or keyword.
for i, name in enumerate(["ada", "bob"], 1):
    print(i, name)
for i, c in enumerate("xyz", start=10):
    print(i, c)
big = 2**70
for i, v in enumerate([1.5], big):
    print(i, v)
print([i * 2 for i, _ in enumerate("ab", -3)], list(enumerate([7, 8], 5)))
