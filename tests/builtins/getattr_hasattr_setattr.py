# getattr (with a default), hasattr and setattr on instances, by a literal or a computed name.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"

p = Point(1, 2)
print(getattr(p, "x"), getattr(p, "y", 0), getattr(p, "z", "none"))
for name in ["x", "y", "z"]:
    print(name, getattr(p, name, -1), hasattr(p, name))
print(hasattr(p, "__repr__"), hasattr(p, "x"), hasattr(p, "nothing"))
setattr(p, "x", 10)
print(p, p.x)
total = 0
for name in ("x", "y"):
    total += getattr(p, name)
print(total)

class Animal:
    def __init__(self, name):
        self.name = name
        self.legs = 4
    def speak(self):
        return "..."
a = Animal("cat")
print(getattr(a, "name"), getattr(a, "legs"), hasattr(a, "speak"), hasattr(a, "fly"))
attr = "wings"
print(hasattr(a, attr))
getattr(p, attr)
