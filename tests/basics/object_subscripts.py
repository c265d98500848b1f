# Subscripts and len() of values of type object: by the run-time type.
rows = [[1, 2, 3], "abc", (4.5, "x"), {"k": [7]}]
for row in rows:
    key = "k" if len(row) == 1 else -1
    print(len(row), row[key])
record = {"name": "Ada", "langs": ["en", "fr"], "born": 1815}
print(record["langs"][1], record["name"][0], len(record["langs"]))
try:
    print(record["born"][0])
except TypeError as e:
    print("TypeError:", e)
try:
    print(rows[0][10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(rows[1]["x"])
except TypeError as e:
    print("TypeError:", e)
print(rows[3]["missing"])
