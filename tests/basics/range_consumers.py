# Ranges walked by loops, comprehensions and the builtins that iterate.
# also-build
print(list(range(3)), sum(range(5)), sorted(range(3), reverse=True), [i for i in range(2)], max(range(4)), set(range(2)))
for i in reversed(range(3)):
    print(i)
print(any(i > 1 for i in range(3)), {i: 0 for i in range(2)})
print(frozenset(range(1, 4)), min(range(3, 9, 2)), list(range(10, 0, -3)), sum(x for x in range(4)))
