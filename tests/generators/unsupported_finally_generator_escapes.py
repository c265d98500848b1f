# keelback-error: not supported yet: a variable holding a generator whose body pauses inside try/finally or with, used other than by next(), send(), throw(), close() or a for loop
def guarded():
    try:
        yield 1
    finally:
        print("cleanup")


g = guarded()
saved = [g]
g = guarded()
print(next(saved[0]))
