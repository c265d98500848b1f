# Instances whose __iter__ is a generator, or returns an iterator object
# (a class with __next__), walked by zip(), enumerate() and the builtins
# that consume an iterable.
class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return CounterIt(self.n)


class CounterIt:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


b = Bag([3, 1, 2])
print(sorted(b), sum(b), list(b), min(b), max(b))
print(list(map(lambda v: v * 2, b)))
print(any(x > 2 for x in b), all(b))
print(set(b), tuple(b))
for i, v in enumerate(b):
    print(i, v)
for i, v in enumerate(b, 10):
    print(i, v)
for x, y in zip(b, "abcdef"):
    print(x, y)
c = Counter(4)
print(sorted(c), sum(c), list(c), min(c), max(c))
for i, v in enumerate(c):
    print(i, v)
for x, y in zip(c, b):
    print(x, y)
print(list(enumerate(b)), list(zip(b, c)), dict(zip("xyz", c)))
print(", ".join(str(v) for v in b))
it = CounterIt(3)
for i, v in enumerate(it):
    print("it", i, v)
print(list(it))
print(max(Bag([])))
