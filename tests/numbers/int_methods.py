# The methods and attributes of int (and bool), as CPython 3.11's.
for i in [0, 1, -1, 255, -256, 2**62, 2**100 - 1, -(2**100)]:
    print(i, i.bit_length(), i.bit_count(), i.as_integer_ratio(), i.conjugate(), i.real, i.imag, i.numerator, i.denominator)
print(True.bit_length(), False.bit_count(), True.as_integer_ratio(), True.conjugate(), True.real, False.imag, True.numerator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (1024).to_bytes(4, byteorder="little"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (127).to_bytes(1, "big", signed=True))
print((2**70).to_bytes(10, "big"), (0).to_bytes(0, "big"), (0).to_bytes(0, "big", signed=True), (-(2**71)).to_bytes(9, "little", signed=True))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80" + b"\x00" * 12, "big", signed=True))
print(int.from_bytes((2**100).to_bytes(13, "little"), "little") == 2**100, int.from_bytes(b"\x05"))


def check(f):
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


check(lambda: (256).to_bytes(1, "big"))
check(lambda: (-1).to_bytes(1, "big"))
check(lambda: (128).to_bytes(1, "big", signed=True))
check(lambda: (-129).to_bytes(1, "big", signed=True))
check(lambda: (1).to_bytes(-1, "big"))
check(lambda: (1).to_bytes(1, "middle"))
check(lambda: (1).to_bytes(1.5, "big"))
check(lambda: int.from_bytes("ab", "big"))
check(lambda: int.from_bytes(b"a", "mid"))
check(lambda: int.from_bytes(5, "big"))
check(lambda: int.from_bytes(True, "big"))
check(lambda: int.from_bytes(1.5, "big"))
check(lambda: int.from_bytes([1, 300], "big"))
check(lambda: (5).to_bytes(2, 5))
n = 10
n.is_integer()
