# also-build
# sorted() with key= lambdas and reverse=, sum(), generator expressions consumed whole.
words = ["pear", "fig", "apple", "kiwi", "banana"]
print(sorted(words), sorted(words, key=lambda w: len(w)), sorted(words, key=lambda w: (-len(w), w), reverse=True))
counts = {"a": 3, "b": 1, "c": 3, "d": 2}
print(sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:3], sorted(counts), sum(counts.values()))
print(sum([1.5, 2.5]), sum(range(10)), sum([1, 2], 10), sorted([3.5, -1.0, 2.0]), list(counts))
digits = [3, 1, 4, 1, 5]
print("".join(str(d) for d in digits), sum(d * d for d in digits), sorted(d for d in digits if d > 1))
print(list(x + 1 for x in range(3)), ",".join(w.upper() for w in ["a", "b"]))
