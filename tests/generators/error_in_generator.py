# also-build
# An exception raised inside a generator reaches the consumer with
# CPython's message; the generator is finished afterwards.
def parse(items):
    for s in items:
        yield int(s)


p = parse(["1", "2", "x", "4"])
try:
    for v in p:
        print(v)
except ValueError as e:
    print("caught:", e)
print(list(p))


def divide(xs):
    for x in xs:
        yield 10 // x


print(list(divide([5, 2, 0, 1])))
