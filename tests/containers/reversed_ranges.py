# reversed(range(...)) counts down through the reversed range, nested too.
# also-build
for i in reversed(range(5)):
    print(i, end=" ")
for i in reversed(range(10, 0, -3)):
    print(i, end=" ")
for i in reversed(range(0)):
    print(i)
else:
    print("empty")
r = range(1, 20, 4)
print([x for x in reversed(r)], list(reversed(range(10**20, 10**20 + 3))))
for i in reversed(range(3)):
    for j in reversed(range(i)):
        print(i, j, end="; ")
print()
