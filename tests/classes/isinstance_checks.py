# isinstance() against the program's classes (subclasses count), built-in
# types and exception classes, alone or in a tuple, on values of any type.
class Shape:
    pass


class Circle(Shape):
    def __init__(self, r):
        self.r = r


class Square(Shape):
    pass


class Other:
    pass


items = [Circle(1), Square(), Other(), 3, True, 2.5, "s", [1], {"k": 1}, None, {1}]
for item in items:
    print(isinstance(item, Shape), isinstance(item, Circle), isinstance(item, (Square, Other)),
          isinstance(item, int), isinstance(item, bool), isinstance(item, float), isinstance(item, str),
          isinstance(item, (list, dict)), isinstance(item, set))
n = 5
print(isinstance(n, int), isinstance(n, float), isinstance(n, (float, int)))
try:
    raise ValueError("x")
except Exception as e:
    print(isinstance(e, ValueError), isinstance(e, KeyError), isinstance(e, Exception))
