# Defaults that are not literals are evaluated once, when the def runs, and
# shared by every call that uses them (the mutable-default trap).
def append_to(x, items=[]):
    items.append(x)
    return items


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

N = 5


def scaled(n=N * 2, *, label="n=" + str(N)):
    return label + " " + str(n)


N = 100
print(scaled(), scaled(1), scaled(label="x"))

# One lambda per loop turn, each with its own default.
fs = [lambda i=i: i * 10 for i in range(4)]
print([h() for h in fs])
gs = []
for k in range(3):
    gs.append(lambda x, k=k: x + k)
print([g(100) for g in gs])


def make(prefix):
    def greet(name, sep=prefix + ": "):
        return sep + name
    return greet


hello, bye = make("hello"), make("bye")
print(hello("ann"), bye("bob"), hello("cy", sep="- "))


# A cache shared across calls.
def fib(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(60), fib(10))


class Stack:
    def __init__(self, items=[]):
        self.items = items

    def push(self, x, times=len("ab")):
        for _ in range(times):
            self.items.append(x)
        return self


a = Stack().push(1)
b = Stack().push(2, 1)
print(a.items, b.items, a.items is b.items)


def counts(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]


counts()
counts()
print(counts())
append_to()
