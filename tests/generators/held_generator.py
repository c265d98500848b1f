# A generator paused inside try/finally held by a module's global is
# finalized where CPython frees it: when the global is assigned another
# generator, by close(), and at exit (after the last line of the program).
def counted(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("finally", name)


g = counted("a")
print(next(g))
g = counted("b")
print("rebound")
print(next(g), next(g))
g.close()
print("closed")
print(next(g, "finished"))


def reader():
    # Functions may use the global generator too.
    return next(h)


h = counted("c")
print(reader())
for item in h:
    print("rest", item)
print(next(h, "empty"))

k = counted("d")
print(next(k))
k.send(None)
print("last line")
