# Slice bounds that are an int or None (None: the bound left out), as
# CPython takes them.
def head(xs, r=None):
    if r is None:
        r = len(xs) - 1
    return xs[:r]


def window(xs, lo=None, hi=None):
    return xs[lo:hi], "abcdef"[lo:hi]


print(head([1, 2, 3, 4]), head([1, 2, 3, 4], 2), head("hello"))
print(window([1, 2, 3, 4, 5]), window([1, 2, 3, 4, 5], 1), window([1, 2, 3], None, -1))
print(window([1, 2, 3], 1, 2))
step = None
for s in [2, None]:
    step = s
    print([0, 1, 2, 3, 4][::step])
zero = 0 if step is None else None
print([1, 2, 3][::zero])
