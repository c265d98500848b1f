# keelback-error: not supported yet: throw() into a generator that uses yield from
def inner():
    yield 1


def outer():
    yield from inner()


g = outer()
next(g)
g.throw(ValueError("x"))
