# keelback-error: storing a value of type str in a list[int]
# A field assigned a list that another name also refers to cannot widen.
class Box:
    def __init__(self, items):
        self.items = items
    def add(self, x):
        self.items.append(x)
l = [1, 2]
b = Box(l)
b.add("x")
print(l[2], b.items)
