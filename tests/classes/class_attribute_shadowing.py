# Class attributes: read before the class statement ran (NameError for the class), shadowed by a field
# set in __init__, and a list class attribute shared by the instances that append to it.
def early():
    return C.count

try:
    print(early())
except NameError as e:
    print("NameError", e)


class C:
    count = 7

    def __init__(self):
        self.count = 5


print(early(), C().count, C.count)


class D:
    items = []

    def add(self, x):
        self.items.append(x)


d = D()
d.add(1)
D().add(2)
print(D.items, d.items)
