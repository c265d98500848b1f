# del obj.x of a field: reading it again raises AttributeError until it is set
# again; deleting an unset one raises CPython's AttributeError (a slot's names
# only the attribute).
class P:
    def __init__(self):
        self.x = 1
        self.y = 2

    def __repr__(self):
        try:
            return f"P({self.x}, {self.y})"
        except AttributeError:
            return f"P({self.x})"


p = P()
del p.y
print(p, p.x)
p.y = 5
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(e)


class Q:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


q = Q()
del q.a
try:
    del q.a
except AttributeError as e:
    print(e)
print(p.y)
