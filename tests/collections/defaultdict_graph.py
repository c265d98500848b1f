# A graph as a defaultdict(list): breadth-first search, connected
# components, and an index of words by first letter.
from collections import defaultdict, OrderedDict


def make_graph(edges):
    graph = defaultdict(list)
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    return graph


def bfs(graph, start):
    seen = {start}
    order = [start]
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in sorted(graph[node]):
                if nxt not in seen:
                    seen.add(nxt)
                    order.append(nxt)
                    following.append(nxt)
        frontier = following
    return order


def components(graph):
    label = {}
    count = 0
    for node in sorted(graph):
        if node in label:
            continue
        count += 1
        for member in bfs(graph, node):
            label[member] = count
    groups = defaultdict(set)
    for node, c in label.items():
        groups[c].add(node)
    return groups


g = make_graph([(1, 2), (2, 3), (3, 1), (4, 5), (6, 7), (7, 8), (8, 6), (6, 9)])
print(bfs(g, 1), bfs(g, 6))
print(components(g))
print(g[10], 10 in g, len(g))

index = defaultdict(list)
for word in "apple banana avocado blueberry cherry cranberry apricot".split():
    index[word[0]].append(word)
for letter, group in sorted(index.items()):
    print(letter, ", ".join(sorted(group)))

lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = len(lru)
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru, list(lru))

totals = defaultdict(int)
for name, amount in [("ann", 5), ("bob", 3), ("ann", 7), ("cy", 1), ("bob", 2)]:
    totals[name] += amount
print(dict(totals), max(totals, key=totals.get) if False else sorted(totals.items(), key=lambda kv: -kv[1]))
