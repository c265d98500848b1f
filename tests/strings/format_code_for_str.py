# An integer format code on a str: CPython's ValueError.
name = "x"
print(f"{name:>4}")
print(f"{name:d}")
