# keelback-error: (a defaultdict or Counter seen as an object)
# A Counter in a container with other kinds of values would be read as a
# plain dict there (a KeyError for a missing key): rejected.
from collections import Counter
tables = [Counter("abc"), {"a": 1}]
print(tables[0]["z"])
