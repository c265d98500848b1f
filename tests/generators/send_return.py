# yield as an expression with send(), return values (StopIteration.value),
# next() with a default, close().
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("stopped")


def two():
    yield 1
    yield 2
    return "done"


g = two()
print(next(g), next(g))
print(next(g, "default"))
print(next(g, "again"))


def echo():
    received = []
    while len(received) < 3:
        value = yield len(received)
        received.append(value)
    print("received", received)


ec = echo()
print(next(ec))
print(ec.send("a"))
print(ec.send("b"))
try:
    ec.send("c")
except StopIteration:
    print("finished")


def closable():
    yield 1
    yield 2


c = closable()
print(next(c))
c.close()
print(next(c, "closed"))
c.close()
