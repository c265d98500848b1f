def sq(x):
    return x * x
print(list(map(sq, [1, 2, 3])))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(sum(map(sq, range(5))))
print(list(filter(lambda v: v % 2 == 0, range(10))))
print(list(filter(None, [0, 1, 2, 0, 3])))
for v in map(lambda t: t + 1, [10, 20]):
    print("got", v)
print(sorted(["bb", "a", "ccc"], key=len))
print(list(map(str, [1, 2])), list(map(int, ["7", "8"])), list(map(float, [1, 2])), list(map(abs, [-1, 2])))
def neg(x):
    return -x
print(sorted([3, 1, 2], key=neg))
print(max(["aa", "b", "cccc"], key=lambda s: len(s)))
def slen(s):
    return len(s)
print(min(["aa", "b", "cccc"], key=slen))
print(callable(sq), callable(1), callable(print))
def side(x):
    print("f", x)
    return x
for y in map(side, [1, 2]):
    print("body", y)
print([x * 2 for x in filter(lambda q: q > 1, [1, 2, 3])])
words = ["pear", "fig", "banana"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[-1], reverse=True)
print(words)
def last(w):
    return w[-1]
words.sort(key=last)
print(words)
