class Box:
    def __init__(self, v):
        self.v = v


b = Box(1)
print(b.v)
print(b.missing)
