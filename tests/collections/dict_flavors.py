from collections import defaultdict, Counter, OrderedDict
import collections

text = "the quick brown fox jumps over the lazy dog the fox"
counts = Counter(text.split())
print(counts)
print(counts.most_common(2), counts["the"], counts["cat"], len(counts))
letters = Counter("abracadabra")
print(letters.most_common())
print(sorted(letters.elements()))
letters.update("aaz")
letters.subtract(["b", "b", "b"])
print(letters, letters.total())
a = Counter("aab")
b = Counter("abc")
print(a + b, a - b, a | b, a & b)
empty = Counter()
for ch in "hello":
    empty[ch] += 1
print(empty, Counter())

graph = defaultdict(list)
for u, v in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[u].append(v)
print(graph)
print(graph[4], dict(graph))
dd = defaultdict(int)
for w in text.split():
    dd[w] += 1
print(dd["the"], dd["zzz"], len(dd))
ds = defaultdict(set)
ds["a"].add(1)
ds["a"].add(2)
print(ds)
nested = defaultdict(lambda: "none")
nested["y"]
print(nested["x"], len(nested))
fl = collections.defaultdict(float)
fl["a"] += 1.5
print(fl)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]))
print(OrderedDict([("x", 1), ("y", 2)]) == dict(y=2, x=1))
print(OrderedDict())
c2 = counts.copy()
c2["new"] = 5
print(c2.most_common(1), "new" in counts)
