def deco(f):
    def wrapper(x):
        print("calling", f.__name__)
        return f(x) * 2
    return wrapper

@deco
def triple(x):
    return x * 3

print(triple(5))
print(triple.__name__)

def repeat(n):
    def dec(f):
        def wrapper(x):
            r = x
            for _ in range(n):
                r = f(r)
            return r
        return wrapper
    return dec

@repeat(3)
def inc(x):
    return x + 1

print(inc(10))

def logged(f):
    def wrapper(*args, **kwargs):
        print("before", f.__name__, args)
        r = f(*args, **kwargs)
        print("after", r)
        return r
    return wrapper

def bold(f):
    def wrapper(*args):
        return "<b>" + f(*args) + "</b>"
    return wrapper

@logged
def add(a, b, scale=1):
    return (a + b) * scale

print(add(1, 2))
print(add(1, 2, scale=10))

@bold
@bold
def greet(name):
    return "hi " + name

print(greet("bo"))
print(repr(greet).startswith("<function bold.<locals>.wrapper at"))

calls = []
def register(f):
    calls.append(f.__name__)
    return f

@register
def one():
    return 1

@register
def two():
    return 2

print(calls, one() + two())
