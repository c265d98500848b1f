import heapq
h = []
heapq.heappush(h, 2)
print(heapq.heappop(h))
heapq.heappop(h)
