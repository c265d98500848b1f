# A new dict (or list) whose values turn out to be of several types holds
# objects: each use dispatches on the value's run-time type.
record = {"name": "Ada", "city": "london"}
record["tags"] = ["x", "y"]
record["year"] = 1815
print(record)
print(record["city"].upper(), record["year"] + 1, len(record))
cells = ["a", "b"]
cells.append(3)
cells.append(None)
print(cells, cells[2] * 2)
