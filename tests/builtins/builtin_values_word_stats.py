# word statistics, real-style
import sys
text = """the quick brown fox jumps over the lazy dog
The Dog barks and the fox runs away quickly"""
lines = text.splitlines()
words = []
add = words.append
for line in lines:
    for w in line.split():
        add(w.lower())
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
lengths = list(map(len, words))
print(max(lengths), min(lengths), sum(lengths) / len(lengths))
longest = max(words, key=len)
print(longest)
caps = list(filter(str.istitle, text.split()))
print(caps)
nums = "3 1 4 1 5 9 2 6".split()
vals = list(map(int, nums))
print(sorted(vals, reverse=True), sum(map(int, nums)))
print(list(map(abs, [-1, 2, -3])), any(map(str.isdigit, nums)), all(map(str.isdigit, nums)))
pairs = list(zip(words, lengths))[:3]
print(pairs)
print(" ".join(map(str, vals)))
key_funcs = {"len": len, "alpha": sorted}
for name in sorted(key_funcs):
    print(name, key_funcs[name](["bb", "a", "Cc"]))
