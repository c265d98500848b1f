# A builtin called through an object with an argument it cannot take: CPython's TypeError.
for f in (abs, len):
    print(f(-1))
