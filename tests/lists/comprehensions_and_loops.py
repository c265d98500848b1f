# also-build
# List comprehensions, zip and enumerate.
squares = [i * i for i in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
print(squares, evens, pairs)
names = ["ann", "bob", "cy"]
ages = [31, 42, 27, 99]
for name, age in zip(names, ages):
    print(name, age)
for i, name in enumerate(names):
    print(i, name)
for i, ch in enumerate("ab"):
    print(i, ch)
total = 0
for a, b in zip(squares, evens):
    total += a * b
print(total)
lengths = [len(n) for n in names]
print(lengths, [n for n in names if len(n) > 2])
i = 100
doubled = [i * 2 for i in range(3)]
print(doubled, i)
nested = [[r * c for c in range(3)] for r in range(3)]
print(nested)
for p in zip(names, ages):
    print(p)
