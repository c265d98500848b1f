# Instances of unrelated classes in one list, and a field holding instances
# of a class or its subclass: calls and reads dispatch on the run-time class.
import math


class Circle:
    def __init__(self, r):
        self.r = r
        self.name = "circle"

    def area(self):
        return math.pi * self.r * self.r

    def scaled(self, k=2.0):
        return Circle(self.r * k)


class Square:
    def __init__(self, side):
        self.side = side
        self.name = "square"

    def area(self):
        return self.side * self.side

    def scaled(self, k=3.0):
        return Square(self.side * k)


class Material:
    def __init__(self, shine):
        self.shine = shine

    def color(self, x):
        return x * self.shine


class Stripes(Material):
    def color(self, x):
        return -x * self.shine


class Thing:
    def __init__(self, material):
        self.material = material


shapes = [Circle(1.0), Square(2.0), Circle(0.5)]
total = 0.0
for s in shapes:
    total += s.area()
    print(s.name, "%.6f %.6f %.6f" % (s.area(), s.scaled().area(), s.scaled(k=0.5).area()))
print("%.6f" % total)

things = [Thing(Material(2)), Thing(Stripes(3))]
for t in things:
    print(t.material.color(1.5), t.material.shine)

mixed = [Circle(2.0), 42]
print(mixed[0].area() > 12)
print(mixed[1].area())
