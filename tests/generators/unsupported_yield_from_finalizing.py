# keelback-error: not supported yet: yield from a generator whose body pauses inside try/finally or with
def inner():
    try:
        yield 1
    finally:
        print("inner cleanup")


def outer():
    yield from inner()


for x in outer():
    break
