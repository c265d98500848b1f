# A defaultdict(list) makes each list for the item type it has: floats and
# bools are stored unboxed.
from collections import defaultdict
fd = defaultdict(list)
fd["x"].append(0.25)
print(fd, sum(fd["x"]))
flags = defaultdict(list)
flags[1].append(True)
flags[2].append(False)
print(flags, [any(v) for v in flags.values()])
scores = defaultdict(list)
for name, s in [("a", 1.5), ("b", 2.5), ("a", 3.0)]:
    scores[name].append(s)
print(scores, sum(scores["a"]), max(scores["b"]))
