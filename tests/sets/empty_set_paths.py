# Sets made empty and filled through other containers.
seen = [set() for _ in range(3)]
for i in range(9):
    seen[i % 3].add(i * 0.5)
print([sorted(s) for s in seen])
groups = {}
for w in "one two three four five six".split():
    groups.setdefault(len(w), set()).add(w[0])
print({k: sorted(v) for k, v in sorted(groups.items())})
pairs = {}
pairs[1] = set()
pairs[1].add((1, "a"))
print(pairs)
print(seen[0].pop() + "x")
