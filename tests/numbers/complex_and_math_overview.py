# An overview: complex numbers, the numbers' methods and the math functions together.
import math
z = 2 + 3j
print(z, 1j, complex(1, 2), -z, +z, z.real, z.imag, z.conjugate())
print(z + 1, 1 + z, z * 2.5, z / 2, z - z, z ** 2, 2 ** z, abs(3 + 4j))
print(z == 2 + 3j, z != 1, (1 + 0j) == 1, bool(0j), bool(z))
print(repr(complex(-0.0, -1.0)), complex(float("nan"), float("inf")), complex("1+2j"), complex(" (3-4J) "))
print(hash(z), hash(1j), f"{z}", f"{z:>12}", format(z, ".2f"), [z, 1j], {z: 1})
print((-8) ** (1 / 3), (-2.0) ** 0.5, 2.0 ** 0.5, (-2.0) ** 2.0)
x = -8
print(x ** (1 / 3))
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.factorial(20), math.isqrt(10**20 + 1), math.comb(10, 3), math.perm(5, 2), math.perm(4))
print(math.log(10**400), math.log(8, 2), math.log2(2**2000), math.log10(1000), math.hypot(3, 4, 12), math.fsum([0.1] * 10), math.prod([1, 2, 3]), math.prod([2.0, 3]))
print(math.dist((0, 0), (3, 4)), math.frexp(8.0), math.modf(-3.5), math.ldexp(0.5, 4), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2))
print((255).bit_length(), (-7).bit_count(), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), int.from_bytes(b"\x01\x00", "little"), (7).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (1.5).hex(), float.fromhex("0x1.8p1"), (2.5).real, (2.5).imag, (2.5).conjugate())
o = [1.5, 2, "a"][int(z.real) - 2]
print(round(o), round(o, 0), round(1234, -2), round(1250, -2), round(1350, -2))
