# iter() and next() of lists, strs, tuples, dicts, sets and ranges.
it = iter([10, 20, 30])
print(next(it))
for v in it:
    print("rest", v)
print(next(it, "empty"))

chars = iter("hey")
print(next(chars), list(chars))
pairs = iter((1, "a"))
print(next(pairs), next(pairs), next(pairs, None))
d = {"x": 1, "y": 2}
keys = iter(d)
print(next(keys), next(keys))
print(sorted(iter({3, 1, 2})))
r = iter(range(2, 12, 3))
print(next(r), list(r))


def firsts(xs):
    it = iter(xs)
    a = next(it)
    b = next(it)
    return a, b


print(firsts([5, 6, 7]), firsts("pq"))

# A list iterator walks the list as it is when asked.
items = [1, 2]
walker = iter(items)
items.append(3)
print(list(walker))
print(repr(iter([0])).startswith("<list_iterator object at 0x"))
g = iter(iter([4, 5]))
print(list(g))
