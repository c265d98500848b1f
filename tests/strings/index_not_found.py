# str.index with start/end: ValueError: substring not found.
s = "banana"
print(s.index("an", 2), s.rindex("a", 0, 4))
print(s.index("an", 4))
