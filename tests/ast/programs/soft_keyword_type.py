# `type` is a soft keyword in Python 3.12 (PEP 695): everywhere else it is
# an ordinary name, and these dumps must stay CPython 3.11's.
type = 1
type(x)
print(type)
type.mro
type[int]
type[0] = 2
type: int = 3
type, other = 1, 2
type += 1
x = type
del type
def type(type=type, *, x: type) -> type:
    return type
class type(type):
    type = type
for type in type:
    pass
match type:
    case type():
        pass
type \
    = 4
f(type=type)
lambda type: type
[type for type in ()]
