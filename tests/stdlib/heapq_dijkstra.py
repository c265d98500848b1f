# Shortest paths with a heap of (distance, node) pairs, the way real
# programs use heapq: the heap starts empty and is filled by heappush.
import heapq


def dijkstra(graph, source):
    dist = {source: 0}
    heap = []
    heapq.heappush(heap, (0, source))
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for neighbour, weight in graph[node]:
            nd = d + weight
            if neighbour not in dist or nd < dist[neighbour]:
                dist[neighbour] = nd
                heapq.heappush(heap, (nd, neighbour))
    return dist


edges = [("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15),
         ("c", "d", 11), ("c", "f", 2), ("d", "e", 6), ("e", "f", 9)]
graph = {}
for u, v, w in edges:
    if u not in graph:
        graph[u] = []
    if v not in graph:
        graph[v] = []
    graph[u].append((v, w))
    graph[v].append((u, w))
dist = dijkstra(graph, "a")
for node in sorted(dist):
    print(node, dist[node])


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


def schedule(tasks):
    queue = []
    for t in tasks:
        heapq.heappush(queue, t)
    order = []
    while queue:
        order.append(heapq.heappop(queue).name)
    return order


print(schedule([Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "think"), Task(5, "ship")]))
# k-way merge of sorted runs, and the k smallest of a stream
runs = [[1, 5, 9], [2, 6, 10], [0, 3, 4, 11]]
print(list(heapq.merge(runs[0], runs[1], runs[2])))
print(heapq.nsmallest(3, (x * x % 17 for x in range(30))))
print(heapq.nlargest(3, ["pear", "fig", "banana", "kiwi"], key=len))
