# also-build
# **kwargs passed on to a base class's __init__ (and to a plain function), with literal keywords at each call.
class Material:
    def __init__(self, color, diffuse=0.9, specular=0.4, shininess=5, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def __repr__(self):
        return "Material(%r, %r, %r, %r, %r)" % (self.color, self.diffuse, self.specular, self.shininess, self.reflect)


class Checkerboard(Material):
    def __init__(self, color, other, **kwargs):
        super().__init__(color, **kwargs)
        self.other = other

    def __repr__(self):
        return "Checkerboard(" + repr(self.other) + ", " + super().__repr__() + ")"


def describe(name, size=1, **options):
    return label(name, **options) + " size " + str(size)


def label(name, prefix="", suffix="!"):
    return prefix + name + suffix


print(Checkerboard("white", "black", reflect=0.2))
print(Checkerboard("red", "blue"))
print(Checkerboard("a", "b", shininess=7, specular=0.8))
print(Checkerboard(other="y", color="x", diffuse=0.5))
print([Material("m", reflect=0.3)], [Checkerboard("c", "d", reflect=0.1, diffuse=0.2)])
print(describe("box"), describe("cup", prefix="a ", size=3), describe("pen", suffix="?"))
