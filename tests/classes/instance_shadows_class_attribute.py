# A class attribute shadowed on some instances only (the others still see it, and see it change); __iadd__/__isub__ in place, += falling back to __add__ where the class has no __iadd__.
class Config:
    level = 1
    name = "default"

    def bump(self):
        self.level += 1
        return self.level

    def describe(self):
        return self.name + ":" + str(self.level)


a = Config()
b = Config()
print(a.bump(), a.bump(), b.describe(), a.describe())
b.name = "custom"
print(a.name, b.name, Config.name, b.describe())
Config.level = 10
print(a.level, b.level, Config().level)


class Stack:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __isub__(self, n):
        del self.items[-n:]
        return self

    def __add__(self, other):
        s = Stack()
        s.items = self.items + other.items
        return s

    def __repr__(self):
        return "Stack(" + str(self.items) + ")"


s = Stack()
s += 1
s += 2
s += 3
s -= 2
t = s
t += 9
print(s, t, s is t)
u = s + Stack()
u += 4
print(s, u)
