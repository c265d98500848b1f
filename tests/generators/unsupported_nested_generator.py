# keelback-error: not supported yet: nested function definitions
def outer(n):
    def inner():
        yield n
    return list(inner())


print(outer(3))
