# also-build
# Iterator classes: __iter__ returning self, __next__ raising StopIteration.
class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n


class Pairs:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return PairIterator(self.items)


class PairIterator:
    def __init__(self, items):
        self.items = items
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i + 1 >= len(self.items):
            raise StopIteration()
        pair = (self.items[self.i], self.items[self.i + 1])
        self.i += 2
        return pair


for x in Counter(3):
    print(x)
print(list(Counter(4)), sum(Counter(10)))
c = Counter(2)
print(next(c), next(c), next(c, "end"))
for a, b in Pairs([1, 2, 3, 4, 5]):
    print(a, b)
print(sorted(Pairs(["x", "y", "z", "w"])))
print([n * n for n in Counter(5) if n % 2])
print(max(Counter(7)), 3 in list(Counter(3)))
it = iter(Counter(3))
print(next(it), list(it))


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("broken iterator")


try:
    for v in Broken():
        print(v)
except ValueError as e:
    print("caught", e)
done = Counter(1)
print(next(done))
next(done)
