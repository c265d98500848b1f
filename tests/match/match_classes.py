# Class patterns: positional (__match_args__) and keyword sub-patterns, builtins (int(), str()), mappings with **rest; too many positional sub-patterns raise TypeError.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def where(shape):
    match shape:
        case Point(0, 0):
            return "point at origin"
        case Point(x=0, y=yy):
            return "point on y axis at " + str(yy)
        case Point(x, y) if x == y:
            return "point on diagonal " + str(x)
        case Point():
            return "some point"
        case Circle(Point(0, 0), r):
            return "circle at origin r=" + str(r)
        case Circle(radius=r):
            return "circle r=" + str(r)
        case int(n) | float(n):
            return "number " + str(n)
        case str() as s:
            return "text " + s
        case _:
            return "unknown"


shapes = [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 2), Circle(Point(1, 1), 7), 4, 2.5, "hi", None]
for s in shapes:
    print(where(s))


def typed(p):
    match p:
        case Point(x, y):
            return x + y


print(typed(Point(2, 3)))

config = {"host": "example.org", "port": 80, "debug": 1}
match config:
    case {"host": h, "port": 443}:
        print("secure", h)
    case {"host": h, **rest}:
        print("host", h, "rest", rest)

match {"a": 1}:
    case {"b": _}:
        print("no")
    case {}:
        print("any dict matches {}")


class Bad:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


match Bad():
    case Bad(1, 2):
        print("too many")
