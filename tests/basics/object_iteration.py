# for loops and divmod over values of type object (containers whose values
# have several types): each walks or computes by the value's run-time type.
record = {"name": "Ada", "tags": ["math", "poetry"], "born": 1815}
for key in record:
    value = record[key]
    for part in value if key != "born" else [value]:
        print(key, part)
grid = [[1, 2], "xy", (3, 4.5)]
grid.append({"k": 1})
for row in grid:
    for cell in row:
        print(cell, end=" ")
    print()
growing = ["a", 1]
for item in growing:
    if len(growing) < 5:
        growing.append(len(growing))
print(growing)
cents = record["born"]
print(divmod(cents, 100), "%d.%02d" % divmod(cents, 7))
for v in record["born"]:
    print(v)
