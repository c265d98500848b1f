# complex: literals, arithmetic with ints, floats and complexes, repr as CPython's.
# also-build
z = 2 + 3j
w = complex(1.5, -0.5)
print(z, w, 1j, 0j, -1j, 1e20j, 1.5e-7j)
print(z + w, z - w, z * w, z / w, z ** w, z ** 3, z ** -2, w ** 0.5)
print(z + 1, 1 + z, z - 2.5, 2.5 - z, z * 2, 2 * z, z / 4, 4 / z, 2 ** z, z ** 2.0)
print(-z, +z, abs(z), abs(-3 - 4j), abs(complex(1e308, 1e308)))
print(z.real, z.imag, z.conjugate(), (5j).real, True + 1j, 1j * True)
print(z == 2 + 3j, z != w, 1j == 1, (1 + 0j) == 1, (1 + 0j) == 1.0, 2.0 == complex(2), (1 + 0j) == True)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), not z)
nan = float("nan")
inf = float("inf")
print(complex(nan, inf), complex(-inf, nan), complex(1, -nan), complex(-nan, 1))
print(repr(complex(-0.0, -1.0)), repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), repr(-(0j)), 1j * 1j)
print(complex(1e16, 1.5), complex(123456789012345.0, 1e-5), complex(0.1, 0.2) + complex(0.2, 0.1))
print(1j ** 1000000, 0j ** 0, 0j ** 0j, (1 + 1j) ** 101, (1 + 1j) ** 100.5)
print(1j + (-0.0), (-0.0) + 0j, 1 - 1j * 0)
# hashing agrees with ints and floats of the same value, so dicts and sets mix them
print(hash(z), hash(1j), hash(complex(2.5, -1)), hash(1 + 0j) == hash(1), hash(complex(1.5)) == hash(1.5))
d = {1: "int", 1j: "imag"}
d[1 + 0j] = "complex one"
print(d, {1j, 2j, 1j}, [z, w], (z,), z in [w, z], 1 in {1 + 0j})
acc = 0j
for k in range(1, 5):
    acc += k * 1j
    acc *= 1 + 1j
print(acc)
values = [z, w, 1j]
print(sum(v.imag for v in values), [v.conjugate() for v in values])
print(str(z), repr(w), f"{z}", f"{w!r}", "%s and %r" % (z, w), str(1j) + "!")
