# Keys of str or None in one dict (a parameter that may be None used as a key).
class Node:
    def __init__(self, symbol, weight):
        self.symbol = symbol
        self.weight = weight


def table(nodes):
    t = {}
    for n in nodes:
        t[n.symbol] = n.weight
    return t


t = table([Node("a", 1), Node(None, 2), Node("b", 3)])
print(t, t[None], t["a"], None in t)
print(t["c"])
