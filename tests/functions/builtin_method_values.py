# Methods of built-in types as values: dict.get as a key, str methods
# through the type (str.upper) or bound to a str, called later.
words = ["b", "a", "c", "a", "b", "a"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts, key=counts.get))
print(max(counts, key=counts.get), min(counts, key=counts.get))
print(sorted(["b", "A", "c"], key=str.upper), sorted(["b", "A", "c"], key=str.lower))
lines = [" a ", "b  ", "  c"]
print(list(map(str.strip, lines)))
print([x for x in map(str.upper, ["x", "y"])])
get = counts.get
print(get("a"), get("zz"), get("zz", -1))
up = str.upper
print(up("abc"))
s = "a,b,c"
sp = s.split
print(sp(","), sp())
print(repr(str.upper), type(up).__name__)
print(repr(counts.get).startswith("<built-in method get of dict object at 0x"))
print(list(map(", ".join, [["a", "b"], ["c"]])))
print(sorted(["q", "a"], key=counts.get))
