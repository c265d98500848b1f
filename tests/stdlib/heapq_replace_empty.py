from heapq import heapreplace, heappushpop
h = [5.0]
print(heappushpop([], 1.0), heapreplace(h, 2.0), h)
h.pop()
heapreplace(h, 3.0)
