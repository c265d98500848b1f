# A tuple too short for the targets around a starred one raises ValueError when it runs.
pair = (1, 2)
a, *b = pair
print(a, b)
x, y, *z, w = pair
print("unreachable")
