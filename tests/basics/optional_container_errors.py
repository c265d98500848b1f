# Each use of an Optional container that is None raises CPython's error.
def pick(values=None, fill=False):
    if fill:
        values = [1, 2]
    return values


for use in ["len", "iter", "setitem", "method"]:
    v = pick()
    try:
        if use == "len":
            len(v)
        elif use == "iter":
            for x in v:
                pass
        elif use == "setitem":
            v[0] = 1
        else:
            v.append(3)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(pick(fill=True)[1], len(pick(fill=True)))
pick()[0]
