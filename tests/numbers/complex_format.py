# format() of a complex: CPython's format_complex_internal.
z = 1 + 2j
for spec in ["", ">12", "<12", "^14", "*^14", ".2f", "+.3e", " .1f", "g", ".3g", "10.2f", "e", "E", "F", "n", ".0f"]:
    print(repr(spec), repr(format(z, spec)), repr(format(-z, spec)), repr(format(2.5j, spec)), repr(format(-1.5 + 0j, spec)))
print(f"{3j:.2f}|{complex(-0.0, 0.0):}|{complex(0.0, -0.0):.1f}|{complex(1e20, -1e-20):g}")
print("{:.1f} {!s:>10}".format(1.25 - 2.75j, 1j))
try:
    format(z, "010")
except ValueError as e:
    print("ValueError:", e)
try:
    format(z, "=10")
except ValueError as e:
    print("ValueError:", e)
try:
    format(z, "d")
except ValueError as e:
    print("ValueError:", e)
format(z, "%")
