def apply(fn, v):
    return fn(v)

def double(n):
    return n * 2

def square(n):
    return n * n

print(apply(double, 21), apply(square, 5), apply(lambda z: z + 1, 1))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ["add", "sub", "mul"]:
    print(name, ops[name](6, 3))
pipeline = [double, square, lambda n: n - 1]
v = 3
for step in pipeline:
    v = step(v)
print(v)
def pick(name):
    if name == "d":
        return double
    return square
print(pick("d")(4), pick("s")(4))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(double, square)(3))
print(repr(double).startswith("<function double at"), double.__name__)
print(repr(lambda: 0).startswith("<function <lambda> at"))
def outer():
    def inner():
        pass
    return inner
print(repr(outer()).startswith("<function outer.<locals>.inner at"), outer().__qualname__)
print(callable(double), callable(3), callable(len), callable("s"))
class Btn:
    def __init__(self, cb):
        self.cb = cb
    def click(self, v):
        return self.cb(v)
print(Btn(lambda v: v + 1).click(1), Btn(double).click(2))
mixed = [double, "text", 4]
print(len(mixed))
print(str(double)[:17])
