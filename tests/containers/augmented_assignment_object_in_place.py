# `v += ...` where v holds values of several types (an object): a list, set
# or dict is changed in place (the dict's own entry sees it), anything else
# gets a new value.
vals = {"l": [1, 2], "s": {1}, "n": 5, "t": (1,), "str": "ab", "d": {1: 2}}
before = dict(vals)
for k in vals:
    v = vals[k]
    if k == "l":
        v += [3]
    elif k == "s":
        v |= {9}
    elif k == "d":
        v |= {3: 4}
    else:
        v += v
    vals[k] = v
print(vals)
print(before)
