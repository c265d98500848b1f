# keelback-error: not supported yet: adding to an empty container that is not held in a variable or attribute
# Lists made empty inside another list and filled with floats later would
# need their storage changed (a list[float]'s items are unboxed).
rows = [[] for _ in range(3)]
for i in range(7):
    rows[i % 3].append(i * 0.5)
print(rows)
