# Subclasses of list and dict overriding methods (super() reaches the
# built-in one), isinstance() with the built-in type, __mro__, operators,
# and an uncaught KeyError of a dict subclass.
class Stack(list):
    def push(self, x):
        self.append(x)


class Counts(dict):
    def __init__(self, words):
        super().__init__()
        for w in words:
            self[w] = self.get(w, 0) + 1

    def __repr__(self):
        return "Counts(" + ", ".join(k + "=" + str(v) for k, v in sorted(self.items())) + ")"


class Upper(Stack):
    def append(self, x):
        super().append(x.upper())

    def __len__(self):
        return 100


s = Stack()
s.push(1)
print(isinstance(s, list), isinstance(s, Stack), isinstance(s, dict), type(s).__name__)
c = Counts("a b a c b a".split())
print(c, str(c), len(c), c["a"], "b" in c, list(c), isinstance(c, dict))
u = Upper()
u.append("x")
u.push("y")
print(u, len(u), list(u), bool(u), u[0])
things = [s, [1]]
print(things, things[0] == things[1])
x = s if len(s) > 5 else [9]
print(x, len(x))
print(s == [1], s != [1], [1] == s, s < [2], s + s, 2 * s)
print(Stack.__mro__)
print(c["zzz"])
