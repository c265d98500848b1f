# keelback-error: not supported yet: a generator whose body pauses inside try/finally or with, used other than as the iterable of a for loop or of a builtin that consumes it
# CPython runs the finally clause when the function's local dies (at its
# return, or when the traceback of an exception leaving it is freed).
def guarded():
    try:
        yield 1
    finally:
        print("cleanup")


def use():
    g = guarded()
    print(next(g))


use()
