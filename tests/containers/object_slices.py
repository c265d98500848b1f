# Slices of values seen as objects, by their run-time type.
values = [[1, 2, 3], (4, 5, 6), "abc", b"xyz", range(10), bytearray(b"pq")]
for v in values:
    print(v[1:], v[::-1], v[:1])
t = tuple(range(5))
print(t[1:3], t[::2], len(t[2:]))
print(values[0][5:], values[2][-2:])
mixed = [3, "x"]
print(mixed[1][1:])
print(mixed[0][1:])
