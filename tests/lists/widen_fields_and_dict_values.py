# Containers held in fields widen in place when values of another type are
# stored (every assignment to the field is a new container); dict values of
# any types; sum() of values of several types, dispatched at run time.
# also-build
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
s = Stack()
s.push(1)
s.push(2.5)
s.push("three")
print(s.items, s.pop(), s.items)
class Reg:
    def __init__(self):
        self.data = {}
    def put(self, k, v):
        self.data[k] = v
r = Reg()
r.put("a", 1.5)
r.put("b", 2)
r.put("c", [1])
print(r.data)
prices = {}
prices["x"] = 1.25
prices["y"] = 3
print(prices, sum(v for v in prices.values()))
vals = [1, 2.5, True]
vals.append("x")
vals.pop()
print(sum(vals), sum(vals, 10), sum([v for v in vals], 0.5))
vals.append("s")
print(sum(vals))
