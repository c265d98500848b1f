# A variable or field that is None until a container is stored in it
# (`if x is None: x = []`, `self.things = None`): subscripts, method calls,
# len() and loops on it check for None and raise CPython's error.
def f(x=None):
    if x is None:
        x = {}
    x["k"] = 1
    return x
print(f(), f({"a": 2}))
def g(items=None):
    if items is None:
        items = []
    items.append(len(items))
    for i in items:
        print("item", i)
    return items[0], len(items)
print(g(), g([5, 6]))
def h(text=None):
    text = text or ""
    return text.upper()
print(h(), h("abc"))
class Bag:
    def __init__(self):
        self.things = None
    def add(self, t):
        if self.things is None:
            self.things = []
        self.things.append(t)
b = Bag()
b.add(1)
b.add(2)
print(b.things, len(b.things))
def broken(data=None):
    return data[0]
print(broken([1]))
broken()
