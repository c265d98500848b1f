# print(*iterable): each item an argument, with sep, end and file as usual.
# also-build
import sys
xs = [1, 2, 3]
print(*xs)
print(*xs, sep=", ")
print(*"abc", sep="")
print("start", *range(3), *xs, "end", sep="|", end="!\n")
print(*[])
print(*(x * x for x in xs))
print(*map(str, [1.5, "b"]))
print(*{"k": 1}, *{7}, *(1.5, None))
print(*xs, file=sys.stderr)
grid = [[1, 2], [3, 4]]
for row in grid:
    print(*row)
print(*zip(*grid))
