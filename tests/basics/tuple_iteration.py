# for loops over tuples: items of one type, or of several (boxed objects).
for x in (1, 2, 3):
    print(x * 2, end=" ")
print()
for name in ("ada", "bob"):
    print(name.upper())
total = 0.0
for f in (0.5, 1.25):
    total += f
print(total)
for item in (1, "two", 3.0, None, True):
    print(item)
pairs = ((1, "a"), (2, "b"))
for n, letter in pairs:
    print(n, letter)
print(sorted((3, 1, 2)), list((1.5, 2.5)), sum((1, 2, 3)), set((1, 1, 2)))
