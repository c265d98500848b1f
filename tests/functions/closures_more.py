class Counter:
    def __init__(self):
        self.n = 0
    def incrementer(self, step):
        def inc():
            self.n += step
            return self.n
        return inc
c = Counter()
f = c.incrementer(5)
f()
print(f(), c.n)
def make_ops():
    result = {}
    for name in ["a", "b"]:
        def op(x, name=0):
            return x
        result[name] = op
    return result
print(make_ops()["a"](3))
def gen_adders(n):
    return [(lambda x, k=1: x + k) for _ in range(n)]
print([g(1) for g in gen_adders(2)])
def outer():
    vals = []
    def push(v):
        vals.append(v)
    push(1); push(2)
    return vals
print(outer())
def swap_test():
    x = 1
    def setx(v):
        nonlocal x
        x = v
    setx("now a str")
    return x
print(swap_test())
