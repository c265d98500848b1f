# del of list items and slices and of dict keys, with CPython's errors.
xs = list(range(10))
del xs[0]
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
floats = [1.5, 2.5, 3.5]
del floats[1]
print(floats)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
del d["a"], xs[0]
print(d, xs)
try:
    del xs[100]
except IndexError as e:
    print("IndexError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
del d["missing"]
