# min()/max() of an iterable with default=: the default for an empty one
# (evaluated before the iteration), with and without key=.
print(max([], default=0), min([3, 1], default=9), max([], key=len, default="x"))
print(max(["ab", "c"], key=len, default=None))
print(min((x * 2 for x in range(0)), default=None))
print(min((x * 2 for x in range(4) if x > 1), default=-1))
words = ["pear"]
words.pop()
print(max(words, default="none"), max(["z", "a"], default="none"))
counts = {"a": 3}
del counts["a"]
print(max(counts, default=None), min(counts.values(), default=0.5))
print(max([2.5, 1.0], default=0))


def trace(v):
    print("default evaluated")
    return v


print(min([4, 2], default=trace(0)))
print(max(set(), default=trace("empty")))
print(max([]))
