# A range index of another type: CPython's TypeError.
r = range(5)
key = "a" if len(r) > 9 else r[1:]
print(key)
print(r["x"])
