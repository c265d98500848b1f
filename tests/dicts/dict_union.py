# dict | dict (CPython 3.9+) makes a new dict: the left operand's items,
# then the right's (it raised TypeError).
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b)
print(b | a)
