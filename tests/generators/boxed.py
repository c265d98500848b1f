# Generators as objects: repr, mixed containers, next() of an object.
def gen():
    yield 1
    yield "two"
    yield 3.5


g = gen()
print(repr(g).startswith("<generator object gen at 0x"))
print(str(g).startswith("<generator object gen at "))
items = [g, 42]
first = items[0]
print(next(first))
print(next(first))
print(next(first))
print(next(first, "end"))
x = g if len(items) > 5 else 0
print(x)
