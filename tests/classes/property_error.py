class Box:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v


b = Box(3)
print(b.v)
print(b.missing)
