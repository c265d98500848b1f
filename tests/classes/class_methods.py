# @classmethod called on the class, on instances and on subclasses (cls(...) builds the subclass); __class__.__name__; issubclass().
class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def from_pair(cls, pair):
        x, y = pair
        return cls(x, y)

    @classmethod
    def describe(cls):
        return cls.__name__ + " with " + str(cls.count) + " made"

    def __repr__(self):
        return self.__class__.__name__ + "(" + str(self.x) + ", " + str(self.y) + ")"

    def twin(self):
        return self.from_pair((self.y, self.x))


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return "Point3(" + str(self.x) + ", " + str(self.y) + ", " + str(self.z) + ")"


print(Point.origin())
print(Point.from_pair((3, 4)))
p = Point(1, 2)
print(p.origin(), p.twin())
print(Point3.origin(), Point3.from_pair((5, 6)))
q = Point3(7, 8, 9)
print(q.twin())
print(Point.describe())
print(Point3.describe())
print(p.__class__.__name__, Point3.__name__)
print(issubclass(Point3, Point), issubclass(Point, Point3), issubclass(Point, Point))
print(issubclass(Point3, (KeyError, Point3)))
class MyError(ValueError):
    pass
print(issubclass(MyError, ValueError), issubclass(MyError, Exception), issubclass(MyError, KeyError))
print(issubclass(KeyError, LookupError), issubclass(MyError, (KeyError, ArithmeticError)))
