# also-build
# __len__, __bool__, __getitem__, __setitem__, __call__.
class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, value):
        self.items[i] = value


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, offset=0):
        return x * self.k + offset


bag = Bag()
print(len(bag), bool(bag), "empty" if not bag else "full")
bag.add(3)
bag.add(4)
print(len(bag), bool(bag), bag[0], bag[-1])
bag[0] = 10
print(bag[0] + bag[1])
if bag:
    print("bag is true")
while bag:
    bag.items.pop()
print(len(bag))
print(bool(Flag(True)), bool(Flag(False)), not Flag(False))
double = Scale(2)
print(double(21), double(1.5, offset=1), Scale(3)(3))
maybe = None
for i in range(2):
    if i == 1:
        maybe = Bag()
    print("maybe" if maybe else "no")
