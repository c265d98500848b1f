def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    x = 5
    return inner()
print(outer())
def never():
    return never_called_wrong(1, 2, 3)
def never_called_wrong(a):
    return a
if False:
    never()
fs = [lambda: 1, lambda: "two", 3]
for f in fs[:2]:
    print(f())
def chain():
    a = 1
    def mid():
        def inner():
            return a + 1
        return inner()
    return mid()
print(chain())
def cellparam(n):
    def get():
        return n
    n += 1
    return get
print(cellparam(4)())
def loop_closures():
    out = []
    for i in range(3):
        def f(j=0):
            return i + j
        out.append(f)
    return [g() for g in out]
print(loop_closures())
class Btn:
    def __init__(self, cb):
        self.cb = cb
    def click(self, v):
        return self.cb(v)
b1 = Btn(lambda v: v + 1)
b2 = Btn(lambda v: v * 10)
print(b1.click(1), b2.click(2))
counter = 0
def bump():
    def inner():
        global counter
        counter += 1
    inner()
    inner()
bump()
print(counter)
def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(20))
def make_acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    def report():
        return str(total) + " " + str(items)
    return add, report
add, report = make_acc()
add(3)
add(4)
print(report())
