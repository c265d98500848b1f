def total(*args):
    s = 0
    for a in args:
        s += a
    return s
print(total(), total(1), total(1, 2, 3))
def show(first, *rest, sep="-", end="!"):
    return sep.join([first] + list(rest)) + end
print(show("a", "b", "c"))
print(show("a", "b", sep="+"))
print(show("x", end="?"))
def kw(a, *, b, c=3):
    return a + b + c
print(kw(1, b=2), kw(1, b=2, c=10))
def po(a, b, /, c):
    return a * 100 + b * 10 + c
print(po(1, 2, 3), po(1, 2, c=4))
t = (1, 2, 3)
print(po(*t), total(*t), total(0, *t))
def opts(**kwargs):
    for k in kwargs:
        print(k, kwargs[k])
    return len(kwargs)
print(opts(x=1, y=2))
print(opts())
def deco(f):
    def wrapper(*args, **kwargs):
        print("before")
        r = f(*args, **kwargs)
        print("after")
        return r
    return wrapper
@deco
def add(a, b, scale=1):
    return (a + b) * scale
print(add(1, 2))
print(add(1, 2, scale=10))
def targs(*args):
    return args
print(targs(1, "a", 2.5))
def g(a, b):
    return a - b
def call_bad():
    return g(1, 2, 3)
try:
    call_bad()
except TypeError as e:
    print("TypeError:", e)
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    po(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)
