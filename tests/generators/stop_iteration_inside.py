# PEP 479: a StopIteration raised inside a generator becomes RuntimeError.
def inner():
    yield 1


def leaky():
    it = inner()
    while True:
        yield next(it)


print(list(leaky()))
