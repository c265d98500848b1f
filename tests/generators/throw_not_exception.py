def gen():
    yield 1


g = gen()
next(g)
g.throw(42)
