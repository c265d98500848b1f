from collections import defaultdict
d = defaultdict()
d["a"] = 1
print(d, d.get("b"))
print(d["missing"])
