# complex(): from numbers, from strings (CPython's parser), and its TypeErrors.
print(complex(), complex(2), complex(True), complex(1.5, -2), complex(1j, 1j), complex(2j), complex(1, 2j))
print(complex(10**20), complex(False, True))
for text in ["1+2j", " (3-4J) ", "j", "-j", "+j", "1+j", "1-j", "-1.5e3-j", "inf", "-inf+nanj", "1_000+2_0j",
             "(1)", "1e-2j", ".5j", "5.j", "infj", "-nanj", "  7  ", "(  1+1j  )"]:
    print(repr(text), complex(text))
for bad in ["", "x", "1+", "1+2", "j1", "1 + 2j", "((1+2j))", "1__0j", "_1j", "1+2jj", "(1+2j", "1+2j)", "0x10", "1e", "nan(1)"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
show(lambda: complex("1", 2))
show(lambda: complex(1, "2"))
show(lambda: complex(None))
show(lambda: complex(1, None))
show(lambda: complex([1]))
show(lambda: complex("1j", "1j"))
complex("1+2j+3j")
