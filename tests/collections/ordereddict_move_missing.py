from collections import OrderedDict
od = OrderedDict({"a": 1, "b": 2})
od.move_to_end("a")
print(od)
od.move_to_end("zz")
