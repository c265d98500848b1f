# Single inheritance: methods and __init__ found in the base class.
class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name + " with area " + str(self.area())

    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.name = "square"
        self.side = side

    def area(self):
        return self.side * self.side


class Blob(Shape):
    pass


print(Square(3).describe())
print(Blob("blob").describe())
s = Square(4)
print(s.area(), s.name)
