# close() of a generator that yields again after GeneratorExit.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("not closing")
    yield 2


g = stubborn()
print(next(g))
g.close()
