# __getattr__: called for a name the instance's class does not have, with the name.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.count = 0

    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"'Proxy' object has no attribute '{name}'")


p = Proxy([1, 2])
print(p.count, p.target, p.x_hello, p.x_y)
p.count += 1
print(p.count)
print(p.missing)
