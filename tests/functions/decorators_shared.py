def logged(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args)
        return f(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    return a + b

@logged
def mul(a, b):
    return a * b

@logged
def greet(name, punct="!"):
    return "hi " + name + punct

print(add(1, 2))
print(mul(5, 6))
print(greet("ann"))
print(greet("bob", punct="?"))
def timer_factory(label):
    def deco(f):
        def wrapped(x):
            return label + ":" + str(f(x))
        return wrapped
    return deco
@timer_factory("A")
def sq(x):
    return x * x
@timer_factory("B")
def cube(x):
    return x * x * x
print(sq(3), cube(2))
add("x", 1)
