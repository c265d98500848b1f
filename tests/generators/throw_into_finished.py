# Throwing into a finished generator raises the exception thrown.
def one():
    yield 1


g = one()
print(list(g))
g.throw(ValueError("after the end"))
