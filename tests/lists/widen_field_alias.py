# A field's container widened in place is seen through an alias read
# before the widening (the alias's type follows the field's).
# also-build
class Box:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
b = Box()
alias = b.items
b.add(1)
b.add("x")
print(alias, alias[1], b.items)
d = {}
d2 = d
d["a"] = 1
d["b"] = 2.5
print(d2)
