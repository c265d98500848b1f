# __exit__ taking *args: the exception's type, value and traceback packed in
# a tuple (the traceback is left out of what is printed: Keelback passes None).
class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit", len(args), args[:2])
        return False


class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, kind, *rest):
        print("exit", self.name, kind, len(rest), rest[0])
        return kind is KeyError


with Quiet() as q:
    print("in", type(q).__name__)
with Named("a") as a, Named("b") as b:
    print(a, b)
    raise KeyError("k")
for i in range(3):
    with Named(str(i)):
        if i == 1:
            continue
        print("body", i)
with Quiet():
    raise ValueError("boom")
