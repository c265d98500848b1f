def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
print(c(), c(), c())

def outer(x):
    def inner(y):
        return x + y
    x = x * 10
    return inner

f = outer(2)
print(f(1))

def apply(fn, v):
    return fn(v)

def double(n):
    return n * 2

print(apply(double, 21))
print(apply(lambda z: z + 1, 1))
sq = lambda a: a * a
print(sq(7))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ["add", "sub", "mul"]:
    print(name, ops[name](6, 3))
fs = []
for i in range(3):
    fs.append(lambda: i)
print([g() for g in fs])
print(repr(double).startswith('<function double at'), double.__name__)
print(repr(f).startswith('<function outer.<locals>.inner at'), f.__name__)
print(repr(sq).startswith('<function <lambda> at'))
