# int(text, base): prefixes with base 0, underscores, whitespace, signs; the
# base's range and a number with a base are errors as in CPython.
print(int("ff", 16), int("0b101", 0), int(" -z ", 36), int("1_000", 10), int("0o17", 0), int("FF", 16))
for text, base in [("12", 3), ("0x1f", 16), ("777", 8), ("zz", 36), ("+42", 0)]:
    print(text, base, int(text, base))
for text, base in [("12", 2), ("0x", 16), ("1", 1), ("09", 0)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
n = 255
print(int(n, 16))
