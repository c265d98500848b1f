# Context managers written as classes: __enter__'s result bound by `as`,
# __exit__ with the exception's type and value (suppressing it when it
# returns true), several items, return/break/continue leaving a with.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, exc_type is None)
        if exc_type is not None:
            print("  type name:", exc_type.__name__, exc_type is ValueError)
        return self.suppress

with CM("a") as c:
    print("body", c.name)
with CM("b", True):
    raise ValueError("boom")
print("after b")
with CM("c") as x, CM("d") as y:
    print("two", x.name, y.name)
def f():
    with CM("e"):
        return 42
print(f())
for i in range(3):
    with CM("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("in loop", i)
def g():
    try:
        with CM("f"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
g()
with CM("z", True) as outer:
    with CM("y"):
        raise RuntimeError("inner")
print("done")
with CM("last"):
    raise TypeError("unhandled")
