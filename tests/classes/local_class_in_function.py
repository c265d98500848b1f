# Classes defined inside a function called once: their own class, its
# __qualname__ in reprs, methods reading the function's variables as cells,
# subclasses, and the class name read inside its methods.
def main():
    scale = 3
    made = []

    class Vec:
        """A 2-d vector."""
        dims = 2

        def __init__(self, x, y):
            self.x = x
            self.y = y
            made.append((x, y))

        def __add__(self, other):
            return Vec(self.x + other.x, self.y + other.y)

        def scaled(self):
            return Vec(self.x * scale, self.y * scale)

        def __repr__(self):
            return f"Vec({self.x}, {self.y})"

        def __eq__(self, other):
            return isinstance(other, Vec) and self.x == other.x and self.y == other.y

        def __hash__(self):
            return hash((self.x, self.y))

        @staticmethod
        def zero():
            return Vec(0, 0)

        @property
        def norm1(self):
            return abs(self.x) + abs(self.y)

    class Vec3(Vec):
        def __init__(self, x, y, z):
            super().__init__(x, y)
            self.z = z

        def __repr__(self):
            return f"Vec3({self.x}, {self.y}, {self.z}) scale={scale}"

    v = Vec(1, 2) + Vec(3, 4)
    print(v, v.scaled(), Vec.zero(), Vec3(1, 2, 3), v.norm1)
    print(isinstance(Vec3(1, 1, 1), Vec), isinstance(v, Vec3), type(v).__name__, type(v).__qualname__)
    print(Vec.__name__, Vec.__qualname__, Vec3.__qualname__, Vec.dims)
    print(Vec, Vec3, repr(v.scaled)[:40])
    print(str(Vec(0, 1).__class__), Vec(1, 1) == Vec(1, 1), len({Vec(1, 1), Vec(1, 1), Vec(2, 2)}))
    scale = 10  # the methods see the cell's new value
    print(v.scaled(), made[:3], len(made))

    def helper(a):
        return Vec(a, a) + Vec.zero()

    print(helper(5), sorted([Vec(3, 1), Vec(1, 2)], key=lambda p: p.x))


if __name__ == "__main__":
    main()
