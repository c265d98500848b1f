# also-build
# yield inside except clauses: the exception being handled is the
# generator's while it runs, and set aside while it is paused.
def safe(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield 0


print(list(safe([1, 0, 2])))


def reporter():
    try:
        raise KeyError("inner")
    except KeyError as e:
        yield "handling " + str(e)
        # Resumed: still handling its own exception (bare raise re-raises it).
        try:
            raise
        except KeyError as again:
            yield "re-raised " + str(again)
    yield "done"


g = reporter()
print(next(g))
try:
    raise ValueError("outer")
except ValueError as e:
    # The consumer's own exception is the one being handled here.
    print(next(g))
    try:
        raise
    except ValueError as same:
        print("consumer still handles", same)
print(next(g))


def context():
    try:
        raise KeyError("first")
    except KeyError:
        yield 1
        raise ValueError("second")


c = context()
next(c)
try:
    next(c)
except ValueError as e:
    print(repr(e), repr(e.__context__))


def nested_handlers():
    for i in range(3):
        try:
            if i % 2:
                raise IndexError(i)
            yield "even", i
        except IndexError as e:
            try:
                raise TypeError("t%d" % i)
            except TypeError as t:
                yield "odd", str(e), str(t)
            yield "after inner", i


for item in nested_handlers():
    print(item)
