# keelback-error: not supported yet: a class statement that can run more than once
# Each call makes a new class in CPython (type(a) is type(b) is False).
def make(v):
    class Box:
        def __init__(self, v):
            self.v = v
    return Box(v)


a = make(1)
b = make(2)
print(type(a) is type(b))
