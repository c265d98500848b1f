# Classes whose __iter__ is a generator method: for loops, list(), sum(),
# sorted(), set(), in, zip().
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


c = Countdown(4)
for x in c:
    print(x)
print(list(c), sum(c), sorted(c))
print(sorted(set(Countdown(3))))
print(max(Countdown(5)), min(Countdown(5)))
print([x * 2 for x in Countdown(3)])
t = Tree(1, [Tree(2, [Tree(3, [])]), Tree(4, [])])
print(list(t))
for v in t:
    print("node", v)
