# also-build
# __repr__ and __str__ used by print, str, repr, f-strings, %-formatting and containers.
class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Named " + self.name


class Both(Named):
    def __repr__(self):
        return "Both(" + repr(self.name) + ")"


v1 = Vector(1.0, 2.0, 3.0)
v2 = Vector(-0.5, 1e16, 0.1)
print(v1)
print([v1, v2], (v1,), {"a": v1})
print(repr(v1), str(v2), f"{v1} {v2!r}", "%s|%r" % (v1, v2))
print("{} {!r}".format(v1, v2))
n = Named("ann")
print(n, str(n), f"{n}")
b = Both("bob")
print(b, repr(b), [b], f"{b!r} {b!s}", ascii(Both("é")))
print(str([b]))
