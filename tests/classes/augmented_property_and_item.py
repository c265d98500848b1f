# obj.p op= v through a property (getter, then setter) and obj[k] op= v
# through __getitem__ and __setitem__: the object and key evaluated once.
class Account:
    def __init__(self):
        self._balance = 0
        self.log = []

    @property
    def balance(self):
        self.log.append("get")
        return self._balance

    @balance.setter
    def balance(self, v):
        self.log.append("set")
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        self.cells[key] = value


calls = 0


def make():
    global calls
    calls += 1
    return acct


acct = Account()
make().balance += 10
acct.balance *= 3
print(acct.balance, acct.log, calls)
g = Grid()
for word in "a b a c a b".split():
    g[word] += 1
g["z"] -= 5
print(g.cells)
acct.balance -= 100
