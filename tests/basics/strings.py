# str: concatenation, repetition, indexing, len, str(), repr() and % formatting.
s = "hello"
t = "wörld"
print(s + " " + t, s * 3, "-" * 10, s * 0, s * -1)
print(len(s), len(t), len(""), s[0], s[-1], t[1], t[-4])
print(str(42), str(-1.5), str(True), str(None), repr("it's"), repr('say "hi"'), repr(1.0))
print("%d items cost %.2f (%s) %r %5d|%-5d|%05.1f %x %o %e %%" % (3, 9.5, "ok", "r", 42, 42, 3.14159, 255, 8, 12345.678))
print("%s" % "single", "%s and %s" % (1, 2.5), "%10.3f|" % 3.14159)
print("fib(%d) = %d" % (20, 6765))
print(int("123") + 1, int("  -42 "), float("2.5") * 2, int("1_000"))
print("a" < "b", "abc"[1], "x" == "x")
for s in ["  a b  ", "\t\nx\x1c", "\x1fy\x0b", "", "   ", "abc", " é ", "\x1d"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("a ")))
