# Methods as values: a bound method holds its receiver; calling it later
# calls the method with that receiver first.
class Counter:
    def __init__(self, step):
        self.step = step
        self.total = 0

    def add(self, x):
        self.total += x * self.step
        return self.total

    def reset(self):
        self.total = 0

    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def make(cls, step):
        return cls(step)


c = Counter(3)
f = c.add
print(f(1), f(2), c.total)
g = Counter(10).add
print(g(1), g(1))
print(c.add(5))

# A list of handlers bound to one object.
class Handlers:
    def __init__(self):
        self.log = []
        self.handlers = [self.on_a, self.on_b]
        self.table = {"a": self.on_a, "b": self.on_b}

    def on_a(self, x):
        self.log.append("a" + str(x))

    def on_b(self, x):
        self.log.append("b" + str(x))


h = Handlers()
for fn in h.handlers:
    fn(1)
h.table["b"](2)
h.table["a"](3)
print(h.log)

# key= and map() with bound methods.
class Scores:
    def __init__(self):
        self.points = {"ann": 3, "bob": 7, "cy": 5}

    def of(self, name):
        return self.points[name]


s = Scores()
print(sorted(["ann", "bob", "cy"], key=s.of))
print(max(["ann", "bob", "cy"], key=s.of), min(["ann", "bob", "cy"], key=s.of))
print(list(map(s.of, ["cy", "ann"])))

# Static and class methods as values; a method read through its class is a plain function.
d = c.double
print(d(21), Counter.double(4))
mk = Counter.make
print(mk(7).step)
plain = Counter.add
c2 = Counter(1)
print(plain(c2, 4), c2.total)
r = c2.reset
r()
print(c2.total)

# Identity, equality, repr.
print(c.add == c.add, c.add == c2.add, c.add is c.add, c.add != c.add)
text = repr(c.add)
print(text[:36], text.endswith(">>"))
print(str(h.on_a).startswith("<bound method Handlers.on_a of <__main__.Handlers object at 0x"))
print(callable(c.add))

# Inherited methods keep the defining class's name.
class Base:
    def hello(self):
        return "hello from " + type(self).__name__


class Derived(Base):
    pass


m = Derived().hello
print(m(), repr(m).startswith("<bound method Base.hello of <__main__.Derived object"))

# A bound method stored in a field and called through it.
class Button:
    def __init__(self, action):
        self.action = action

    def click(self):
        return self.action(1)


print(Button(c2.add).click())
# Too many arguments through a bound method: CPython counts self.
f(1, 2)
