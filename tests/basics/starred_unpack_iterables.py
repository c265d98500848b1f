# Starred assignment from any iterable: range, str, generator, dict, set, bytes.
a, *rest = range(5)
print(a, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = (x * x for x in range(6))
print(first, mid, end)
k, *others = {"x": 1, "y": 2}
print(k, others)
h, *t = {7}
print(h, t)
x, *y = b"ab"
print(x, y)
def f():
    *a, b, c = range(3)
    return a, b, c
print(f())
p, *q, r = range(1)
