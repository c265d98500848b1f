# also-build
# dict: CPython's insertion order, methods, views as iterables, KeyError.
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, len(counts), "cat" in counts, "dog" in counts)
for k in counts:
    print(k, counts[k])
ages = {"ann": 31, "bob": 42}
ages["cy"] = 27
ages["ann"] += 1
print(ages, ages.get("zed"), ages.get("bob"), ages.pop("bob"), ages)
print(list(ages.keys()), list(ages.values()), list(ages.items()))
for name, age in ages.items():
    print(name, age)
d2 = ages.copy()
d2.update({"dee": 5})
print(d2, ages.setdefault("ann", 0), ages.setdefault("eve", 1), ages)
squares = {1: 1.5, 2: 2.5}
print(squares, squares[2])
if counts:
    print("non-empty")
print(counts["missing"])
