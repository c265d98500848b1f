# also-build
# generator.throw(): raised at the paused yield, caught there or not; into a
# generator not started or finished it is raised at once.
def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
    yield 3
g = gen()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("unstarted", repr(e))
print(list(g))
g = gen()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
try:
    g.throw(TypeError)
except TypeError as e:
    print("tt", repr(e))
try:
    g.throw(ValueError("after"))
except ValueError as e:
    print("finished", e)
def g2():
    try:
        yield 1
    except GeneratorExit:
        yield 2


class Stop(Exception):
    pass


def until_stopped():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except Stop:
        print("stopped at", n)
        return n


s = until_stopped()
next(s)
next(s)
try:
    s.throw(Stop)
except StopIteration as e:
    print("returned", e.args)


def finishes():
    try:
        yield 1
    finally:
        print("cleanup on throw")


for x in finishes():
    try:
        pass
    finally:
        pass
    break
w = finishes()
next(w)
try:
    w.throw(ValueError("into the finally"))
except ValueError as e:
    print("propagated", e)
