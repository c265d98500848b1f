# Containers stored empty in a dict or list and filled through a subscript:
# the outer container takes the items' type.
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    if word[0] not in groups:
        groups[word[0]] = []
    groups[word[0]].append(word)
print(groups)

weights = {}
for name, w in [("a", 15), ("b", 225), ("a", 5)]:
    if name not in weights:
        weights[name] = []
    weights[name].append(w)
print(weights, sum(weights["a"]))

rows = [[] for _ in range(3)]
for i in range(7):
    rows[i % 3].append(i * i)
print(rows)

seen = {}
for a, b in [(1, 2), (2, 3), (1, 3)]:
    if a not in seen:
        seen[a] = set()
    seen[a].add(b)
print(seen)
