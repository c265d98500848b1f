# keelback-error: not supported yet: item assignment on object
# A dict seen through isinstance() is only read: storing into it could put
# items of another type into a dict typed narrower elsewhere.
def mark(v):
    if isinstance(v, dict):
        v["seen"] = True
    return v


for value in [{"a": 1}, [1], 5]:
    print(mark(value))
