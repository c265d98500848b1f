# isinstance() with tuple, bytes, bytearray and range, and those types as values.
vals = [range(3), (1, 2), b"x", bytearray(b"y"), 5, "s", [1]]
for v in vals:
    print(isinstance(v, range), isinstance(v, tuple), isinstance(v, (bytes, bytearray)), isinstance(v, (int, list)))
print(range.__name__, type(range(2)) == range, bytearray.__name__, range, bytearray)
