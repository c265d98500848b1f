# A list passed empty to a function that adds floats to it: the caller's
# variable learns the element type too (it was read as a list of other items).
# also-build
def f(a):
    a.append(1.5)
    return a


def g(inputs, out):
    for x in inputs:
        out.append(x * 2)


x = []
y = f(x)
print(x, y, x is y)
doubled = []
g([0.25, 1.0], doubled)
print(doubled)
print(x[3])
