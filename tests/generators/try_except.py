# also-build
# try/except around yields in a generator; close() with GeneratorExit.
def careful(values):
    for v in values:
        try:
            result = 100 // v
        except ZeroDivisionError:
            print("skipping zero")
            continue
        yield result


print(list(careful([5, 0, 20])))


def checked():
    for i in range(5):
        try:
            yield i
            if i == 2:
                raise ValueError("two")
        except ValueError as e:
            print("caught", e)


print(list(checked()))


def stubborn():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise


s = stubborn()
print(next(s))
s.close()
print(next(s, "closed"))


def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2


bad = ignores()
next(bad)
bad.close()
