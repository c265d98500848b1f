import heapq
from heapq import heappush, heappop, heapify, nlargest, nsmallest, merge, heapreplace, heappushpop
import random
random.seed(5)
data = [random.randrange(100) for _ in range(40)]
h = []
for x in data:
    heappush(h, x)
print(h)
out = [heappop(h) for _ in range(len(h))]
print(out)
d2 = data[:]
heapify(d2)
print(d2)
print(heapreplace(d2, 50), d2[:5])
print(heappushpop(d2, 1), heappushpop(d2, 99), d2[:5])
print(nlargest(5, data), nsmallest(5, data))
print(nlargest(3, data, key=lambda v: v % 7), nsmallest(3, data, key=lambda v: v % 7))
print(nlargest(1, data), nsmallest(1, data, key=lambda v: -v), nsmallest(100, data)[:3])
print(nsmallest(4, (x for x in data)), nlargest(4, iter(data), key=str))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9, 10])))
print(list(merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(merge(["bb", "a"], ["ccc", "d"], key=len, reverse=True)))
words = ["pear", "fig", "apple", "kiwi", "banana"]
print(list(merge(sorted(words, key=len), ["x", "yy"], key=len)))
th = []
for w in words:
    heapq.heappush(th, (len(w), w))
while th:
    print(heapq.heappop(th))
fh = [3.5, 1.25, 2.0]
heapq.heapify(fh)
print(fh, heapq.nsmallest(2, fh))
print(heapq.nlargest(0, data), heapq.nsmallest(-1, data))
