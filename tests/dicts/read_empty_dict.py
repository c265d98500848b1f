# A dict nothing is ever stored in is empty: reading from it raises
# CPython's KeyError with the key.
try:
    {}["k"]
except LookupError as e:
    print(type(e).__name__, e)
d = {}
print(len(d), d, "a" in d)
print(d[(1, "a")])
