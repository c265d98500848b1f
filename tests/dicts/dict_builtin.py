# dict(): empty, of keywords, a copy, of pairs (a list of tuples, zip()).
header = ["id", "name", "city"]
fields = ["7", "ada", "london"]
record = dict(zip(header, fields))
print(record, len(record))
copy = dict(record)
copy["id"] = "8"
print(record["id"], copy["id"])
print(dict(a=1, b=2))
pairs = [(1, 2.5), (3, 4.5), (1, 9.0)]
d = dict(pairs)
print(d)
empty = dict()
empty["x"] = [1]
print(empty)
print(dict(enumerate("abc")))
print(list(zip([1, 2], "xy")))
print(sorted(zip([3, 1, 2], "abc")))
