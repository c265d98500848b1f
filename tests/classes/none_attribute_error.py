class Link:
    def __init__(self, nxt):
        self.nxt = nxt


a = Link(None)
b = Link(a)
print(b.nxt.nxt is None)
print(b.nxt.nxt.nxt)
