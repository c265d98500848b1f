class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


v = Vector(1.0, 2.0, 3.0)
print(v.x, Vector.__slots__)
v.w = 4.0
print("not reached")
