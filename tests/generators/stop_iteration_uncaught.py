# next() of an exhausted generator raises StopIteration; uncaught, it ends
# the program with CPython's traceback.
def one():
    yield 1


g = one()
print(next(g))
next(g)
