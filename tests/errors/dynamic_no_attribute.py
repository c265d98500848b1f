# A value of type object (here a list holding an instance and an int) whose
# run-time class has no such method: CPython's AttributeError.
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


things = [Circle(2), "disc", 42]
for t in things:
    print(t.area())
