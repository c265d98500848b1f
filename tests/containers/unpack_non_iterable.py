# Unpacking a value that is not iterable (seen as an object): TypeError.
values = [(1, 2), 3]
for v in values:
    m, n = v
    print(m, n)
