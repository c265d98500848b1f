# min() and max() of one iterable, with key=: the first extreme item wins.
scores = [3, 9, 2, 9, 1]
print(min(scores), max(scores), min("hello"), max((2.5, 1.5)), max(range(5)))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=lambda w: len(w)), min(words, key=lambda w: len(w)), max(words))
print(min(len(w) for w in words), max(w.upper() for w in words if "i" in w))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[1]))
print(max({4, 8, 2}), min([0.5, -1.5, 2.0], key=lambda x: abs(x)))
try:
    min([x for x in scores if x > 100])
except ValueError as e:
    print("ValueError:", e)
max(w for w in words if len(w) > 10)
