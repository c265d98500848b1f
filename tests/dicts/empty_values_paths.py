# Dicts whose values are empty containers filled later, through the dict:
# setdefault, d[k] = [] then d[k].append, nested dicts and sets.
def index_words(text):
    index = {}
    for pos, w in enumerate(text.split()):
        index.setdefault(w, set()).add(pos)
    return index


idx = index_words("a b a c b a")
print(sorted(idx), sorted(idx["a"]), sorted(idx["c"]))

anagrams = {}
for w in "listen silent enlist google elgoog inlets banana".split():
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([g for g in anagrams.values() if len(g) > 1])

scores = {}
for name, s in [("ann", 1.5), ("bob", 2.0), ("ann", 3.0)]:
    if name not in scores:
        scores[name] = []
    scores[name].append(s)
print(scores, {k: sum(v) for k, v in scores.items()})

tree = {}
tree.setdefault("root", {}).setdefault("left", []).append(1.25)
print(tree)

edges = {}
for a, b in [(1, 2), (2, 3), (1, 3)]:
    edges.setdefault(a, []).append(b)
    edges.setdefault(b, [])
print(edges)
print(edges[4])
