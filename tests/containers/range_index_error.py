# r[i] past either end raises CPython's IndexError.
r = range(2, 20, 3)
print(r[5], r[-6])
print(r[6])
