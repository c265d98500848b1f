# Subclasses of dict, list and set: the instance holds the built-in value;
# its methods, indexing, len(), in, iteration, comparisons and repr work on it
# unless the class defines its own (CPython 3.11 semantics).
class Env(dict):
    def __init__(self, outer=None):
        super().__init__()
        self.outer = outer

    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise NameError("undefined symbol: " + var)
        return self.outer.find(var)


class Stack(list):
    def push(self, x):
        self.append(x)

    def top(self):
        return self[-1]


class Tags(set):
    def add_all(self, xs):
        for x in xs:
            self.add(x)


g = Env()
g["x"] = 1
g.update({"y": 2})
e = Env(g)
e["z"] = 3
print(e.find("x")["x"], e.find("z")["z"], len(g), len(e), "x" in e, "z" in e)
print(g, e, repr(g), str(e), g.get("y"), g.get("q", 0), sorted(g), list(g.keys()))
for k, v in g.items():
    print(k, v)
print(isinstance(g, Env), bool(Env()), bool(g), g == {"x": 1, "y": 2}, g != e)
s = Stack()
s.push(3)
s.push(1)
s.append(2)
print(s, s.top(), len(s), s[0], s[1:], sorted(s), sum(s), max(s), s + [9], 1 in s)
s.sort()
print(s, [x * 2 for x in s], s.pop(), s, s.index(2))
for x in s:
    print("item", x)
s[0] = 10
del s[1]
print(s, bool(s), bool(Stack()), s == [10], f"{s}")
a, = s
print(a)
t = Tags()
t.add_all([3, 1, 3])
print(t, len(t), 3 in t, 5 in t, sorted(t), t | {7})
print(e.find("nope"))
