# Dict comprehensions: keys before values, conditions, nested generators,
# their own scope, mixed value types, an unhashable key (CPython's TypeError).
# also-build
words = ["apple", "bob", "cat", "apple", "dog"]
lengths = {w: len(w) for w in words}
print(lengths)
inv = {v: k for k, v in lengths.items()}
print(inv)
sq = {i: i * i for i in range(6) if i % 2 == 0}
print(sq, len(sq))
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i != j}
print(pairs)
mixed = {k: (v if v > 3 else str(v)) for k, v in lengths.items()}
print(mixed)
nested = {k: [c for c in k] for k in ["ab", "cd"]}
print(nested)
x = 10
d = {x: x + 1 for x in range(3)}
print(d, x)
empty = {k: v for k, v in [(1, 2)] if k > 5}
print(empty)
order = []
def key(i):
    order.append(("k", i))
    return i
def val(i):
    order.append(("v", i))
    return i
print({key(i): val(i) for i in range(2)}, order)
bad = {k: 1 for k in [[1], [2]]}
