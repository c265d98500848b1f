# also-build
# close() and throw() of a generator paused in `yield from` go on to the
# generator it delegates to; one paused inside try/finally is finalized
# through the delegating one.
def inner(name):
    try:
        yield name + "1"
        yield name + "2"
    except ValueError as e:
        print("inner caught", e)
        yield name + "-recovered"
        return "inner result"
    finally:
        print("inner finally", name)


def outer(name):
    try:
        result = yield from inner(name)
        print("delegation returned", result)
        yield "outer after"
    finally:
        print("outer finally", name)


for x in outer("a"):
    print(x)
    break
print("after loop")

g = outer("b")
print(next(g))
print(g.throw(ValueError("into inner")))
print(next(g))
g.close()
print("closed")

h = outer("c")
print(next(h))
try:
    h.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", e)


def tree(depth):
    try:
        yield depth
        if depth > 0:
            yield from tree(depth - 1)
            yield from tree(depth - 1)
    finally:
        print("leave", depth)


for node in tree(2):
    print("node", node)
    if node == 0:
        break


def over_list():
    yield from [1, 2, 3]


o = over_list()
print(next(o))
try:
    o.throw(IndexError("at the list"))
except IndexError as e:
    print("raised in outer", e)
