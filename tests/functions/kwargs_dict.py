def f(**kwargs):
    return len(kwargs)
print(f(), f(a=1, b="x"))
def describe(name, **opts):
    parts = [name]
    for k, v in opts.items():
        parts.append(k + "=" + str(v))
    opts["seen"] = 1
    return " ".join(parts) + " " + str(opts)
print(describe("box", w=3, h=4))
print(describe("dot"))
