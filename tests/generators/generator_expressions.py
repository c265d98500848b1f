# Generator expressions as values: assigned, iterated later, passed to
# functions, next(); the outermost iterable is evaluated at once.
squares = (x * x for x in range(6))
print(next(squares), next(squares))
for s in squares:
    print("square", s)
print(next(squares, "done"))

data = [3, 1, 2]
doubled = (d * 2 for d in data)
data = [100]
print(list(doubled))

scale = 10
scaled = (v * scale for v in [1, 2, 3])
scale = 1000
print(list(scaled))


def total(items):
    result = 0
    for item in items:
        result += item
    return result


print(total(x for x in range(5)))
print(total((y * y for y in [1, 2, 3] if y != 2)))
pairs = ((a, b) for a in range(3) for b in "xy")
print(list(pairs))
words = (w.upper() for w in "a bb ccc".split())
print(sorted(words))
lazy = (print("made", n) for n in range(2))
print("nothing yet")
print(list(lazy))
print(repr(x for x in [1]).startswith("<generator object <genexpr> at 0x"))
