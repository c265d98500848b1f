# Methods decorated by a function of the program: the class holds what the
# decorator returned, called with the instance first.
def log(fn):
    def wrapper(self, x):
        print("calling", fn.__name__, x)
        return fn(self, x)
    return wrapper


def memoize(fn):
    cache = {}
    def wrapper(self, n):
        if n not in cache:
            cache[n] = fn(self, n)
        return cache[n]
    return wrapper


class C:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    @log
    def m(self, x):
        return x + self.k

    @memoize
    def fib(self, n):
        self.calls += 1
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)


c = C(10)
print(c.m(2))
print(c.fib(40), c.calls)
print(c.fib(30), c.calls)
c.m()
