# The format-spec mini-language, f-strings (=, !r, nested specs), str.format
# fields (index, key) and % formatting with tuples and dicts.
x = 1234567.891
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:#X} {n:c} {n:d} {n:n}")
print(f"{n:08d} {n:+d} {n: d} {-n:d} {n:<8d}| {n:>8d} {n:^8d} {n:*^9d} {n:=+8d}")
print(f"{x:,.2f} {x:_.1f} {1234567:,} {1234567:_} {255:_x} {x:e} {x:E} {x:.3g} {x:G} {x:%} {0.25:.1%}")
print(f"{x:12.3f}|{x:<12.3f}|{x:^12.3f}|{x:012.3f}|{-x:012.3f}")
print(f"{'abc':>6}|{'abc':<6}|{'abc':^7}|{'abc':*^7}|{'abcdef':.3}|{'ab':6.1}|")
print(f"{True:>6}|{True:d}|{False:5}|{True!r}|{3.0}|{1e20}|{1e16:f}|{float('inf'):f}|{float('nan'):>5}")
print(f"{x=}", f"{n = }", f"{'hi'!r:>10}", f"{n!s}", f"{'é'!a}")
w, p = 10, 2
print(f"{x:{w}.{p}f}|{x:>{w}}|")
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}!".format(name="bob"))
lst = [1, 2, 3]
d = {"k": "v"}
print("{0[1]} {1[k]}".format(lst, d))
class P:
    def __init__(self):
        self.x = 3
p_ = P()
print("{:>5}|{:.2f}|{!r}".format("a", 3.14159, "s"))
print("%s %d %5.2f %r %a %c %c %%" % ("s", 42, 3.14159, "r", "é", 65, "z"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 5})
print("%x %X %o %#x %#o %e %g %i %-5d| %05d %+d" % (255, 255, 8, 255, 8, 1.5, 0.00001, 3, 7, 42, 5))
print("%s" % "x", "%s" % (1,), "%s" % [1, 2], "%.3s" % "abcdef", "%*d" % (5, 3))
print(format(3.5, ".2f"), format(42, "x"), format("s", "^5"), format(12345, ","))
print(f"{1e-5:g} {123456789.0:g} {0.0:g} {-0.0:f} {1.5:.0f} {2.5:.0f} {12:.3e}")
print(f"{42:.2f} {3:g} {3:%}")
print("{:,}".format(1234.5), "{:_}".format(10**10), "{:,d}".format(-1234567))
