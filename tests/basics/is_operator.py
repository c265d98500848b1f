# `is` and `is not` between values of type object (and None, classes,
# lists): identity of the run-time objects.
values = [None, 1.5, "a", [1], None]
for v in values:
    print(v is None, v is not None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c)
mixed = [a, "x", True, None]
print(mixed[0] is a, mixed[2] is True, mixed[3] is None, mixed[1] is mixed[1])
class P:
    pass
p = P()
q = p
print(p is q, p is P(), p is not None)
print(abs(mixed[2]), abs(-2), abs(values[1]))
print(abs(mixed[1]))
