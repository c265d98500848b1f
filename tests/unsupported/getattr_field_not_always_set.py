# keelback-error: not supported yet: an attribute not set in __init__ of a class with __getattr__
# (CPython calls __getattr__ while the field is not set yet.)
class Lazy:
    def __getattr__(self, name):
        return 0

    def load(self):
        self.value = 5


x = Lazy()
print(x.value)
x.load()
print(x.value)
