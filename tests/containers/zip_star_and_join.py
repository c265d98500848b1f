# zip(*rows) transposes; str.join takes any iterable of strs (map, filter,
# a generator, a list, a tuple, a set, a dict and its views); loops over an
# empty literal never run their body.
# also-build
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)))
print([list(c) for c in zip(*m)])
for col in zip(*m):
    print(col, sum(col), len(col))
for a, b in zip(*m):
    print(a * b, end=" ")
print()
rows = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*rows)
print(nums, letters)
print(list(zip(*[[1, 2], [3]])), list(zip(*[])), list(zip(*["ab", "cd", "ef"])))
grid = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [list(r) for r in zip(*grid)]
print(transposed, [list(r) for r in zip(*transposed)] == grid)
xs = [1, 2, 3]
print(" ".join(map(str, xs)), ",".join(str(x) for x in xs), "-".join(filter(lambda s: s != "b", ["a", "b", "c"])))
print("".join(("a", "b")), "".join({"x"}), "+".join({"k": 1, "j": 2}), "+".join({"k": 1, "j": 2}.keys()))
print("/".join({"k": "v", "j": "w"}.values()))
print(", ".join(map(repr, ["a", 1])), "".join(reversed("abc")), ":".join(sorted({"b", "a"})))
print(" ".join(map(str, range(5))), "".join(c.upper() for c in "abc" if c != "b"))
for x in []:
    print("never", x)
for k in {}:
    print("never", k)
else:
    print("else runs")
print(len([y for y in []]))
print(",".join(map(str, [1, None])))
print(" ".join(map(int, xs)))
