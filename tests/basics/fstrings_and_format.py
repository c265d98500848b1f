# also-build
# f-strings with conversions and nested format specs, str.format, divmod, ascii.
name = "Ann"
n = 42
x = 3.14159
print(f"hello {name}!", f"{n:06d}|{x:.2f}|{x:>10.3e}|{name!r}|{n:x}|{n:,}|{x}|{n}", f"{'nested'!s:^12}", f"{n*2=}" if False else "")
width = 8
print(f"{name:>{width}}|", f"{True}", f"{None}", f"{[1, 2]}", f"{1e20}", f"{-0.0:+.1f}")
print("{} and {}".format(1, "two"), "{0}{1}{0}".format("a", "b"), "{name:>6}|{x:.3}".format(name="bob", x=2.71828))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2), "%d.%02d" % divmod(1234, 100), ascii("héllo"))
