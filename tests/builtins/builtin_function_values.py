# Builtin functions as values: printed, stored in variables, lists, dicts and
# tuples (called through an object that may be any of them), passed to the
# program's functions, and called by map(), filter() and key=.
import math
print(len, abs, max, print, sorted)
print(repr(min), str(sum), f"{ord}")
print(int, str, float)
print(math.sqrt)
f = len
print(f([1, 2, 3]), f("ab"))
ops = {"len": len, "repr": repr}
for name in ["len", "repr"]:
    print(name, ops[name]("xyz"))
converters = [int, float, str]
for c in converters:
    print(c("7"))
def apply_all(fs, x):
    return [g(x) for g in fs]
print(apply_all([abs, str, bool], -3))
rows = [[3, 1, 2], [9, 8], [5]]
print(list(map(sum, rows)), list(map(max, rows)), list(map(sorted, rows)), list(map(len, rows)))
print(sorted(rows, key=sum), max(rows, key=len), min(rows, key=max))
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=str.lower), list(map(str.upper, words)))
print(list(map(int, "2023")), list(filter(None, [0, 3, "", "x", None])))
print(list(map(tuple, ["ab", "cd"])), list(map(list, ["ab"])), list(map(set, ["aa"])))
print(list(map(round, [1.5, 2.5, 2.7])), list(map(float, [1, 2])))
print(list(map(chr, [65, 66])), list(map(ord, "AB")), list(map(hex, [255])))
print(len is len, f is len, abs == abs, abs == len)
print(type(len).__name__, callable(len))
pick = max if len(words) > 2 else min
print(pick([4, 7, 1]))
table = [(abs, -2), (str, 5), (len, "abc")]
for fn, arg in table:
    print(fn(arg))


def inc(x):
    return x + 1


def dbl(x):
    return x * 2


for g in (inc, dbl):
    print(g(5))
fs = [len, abs]
print(fs[0]([1]), fs[1](-4))
