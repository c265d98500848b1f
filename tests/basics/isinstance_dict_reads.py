# A value of several types (JSON-like data) read as a dict after
# isinstance(x, dict): items(), values(), get(), subscripts, in, len.
def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        print(pad + "{")
        for k, v in value.items():
            print(pad + "  " + repr(k) + ":")
            dump(v, indent + 2)
        print(pad + "}")
    elif isinstance(value, list):
        print(pad + "[")
        for v in value:
            dump(v, indent + 1)
        print(pad + "]")
    else:
        print(pad + repr(value))
data = {"name": "kb", "tags": ["fast", "python"], "version": 1.5, "deps": {"llvm": 19, "gc": None}}
dump(data)
def total_numbers(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    if isinstance(v, dict):
        return sum(total_numbers(x) for x in v.values())
    if isinstance(v, list):
        return sum(total_numbers(x) for x in v)
    return 0
print(total_numbers(data))
records = [{"id": 3, "score": 9.5}, {"id": 1, "score": 7.0}, {"id": 2, "score": 9.5}]
records.sort(key=lambda r: (-r["score"], r["id"]))
print([r["id"] for r in records])
print({r["id"]: r for r in records}[2])
def lookup(v, key):
    if isinstance(v, dict):
        if key in v and len(v) > 1:
            return v[key]
        return v.get(key, "absent")
    return None
print(lookup(data, "name"), lookup(data["deps"], "zzz"), lookup(data["tags"], "x"), lookup(data, "nope"))
print(lookup(data, "deps")["llvm"])
