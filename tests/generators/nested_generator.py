# Generator functions nested in functions, reading the enclosing function's
# variables through their cells (late binding, as in CPython).
def outer(n):
    def inner():
        yield n
        yield n * 2
    return list(inner())


def counter(limit):
    step = 1
    def gen():
        i = 0
        while i < limit:
            yield i
            i += step
    g = gen()
    step = 2  # seen by the generator: it reads the cell when it runs
    return list(g)


def pairs(words):
    def walk():
        for w in words:
            yield w, len(w)
    return dict(walk())


print(outer(3), counter(7), pairs(["a", "bcd"]))
