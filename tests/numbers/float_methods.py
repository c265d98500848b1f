# The methods and attributes of float, as CPython 3.11's.
for x in [0.0, -0.0, 1.0, 2.5, -0.1, 1e300, 5e-324, 123456789.0, 2.0**53 + 2]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.real, x.imag, x.conjugate(), float.fromhex(x.hex()) == x)
print(float("inf").is_integer(), float("nan").is_integer(), float("inf").hex(), float("-inf").hex(), float("nan").hex())
for text in ["0x1.8p1", "-0X1.FFFFFFFFFFFFFp1023", "  1p-1074 ", "inf", "-Infinity", "nan", "0x.8", "1.", "0x1P+4", "a", "0x10"]:
    print(repr(text), float.fromhex(text))


def check(f):
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


check(lambda: float("inf").as_integer_ratio())
check(lambda: float("nan").as_integer_ratio())
check(lambda: float.fromhex("0x1p1024"))
check(lambda: float.fromhex(""))
check(lambda: float.fromhex("0x"))
check(lambda: float.fromhex("1p"))
check(lambda: float.fromhex("0x1.8p1 x"))
float.fromhex("0xg")
