# The StopIteration of a generator that returned a value carries it.
def answer():
    yield "thinking"
    return 42


g = answer()
print(next(g))
next(g)
