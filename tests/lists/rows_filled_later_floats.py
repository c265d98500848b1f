# Lists made empty inside another list and filled with floats later: the
# rows learn their item type from the appends (containers flow).
rows = [[] for _ in range(3)]
for i in range(7):
    rows[i % 3].append(i * 0.5)
print(rows)
