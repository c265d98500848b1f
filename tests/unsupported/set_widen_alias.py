# keelback-error: not supported yet: adding a value of type str to a set[int]
# A set another name refers to keeps its item type.
a = {1, 2}
b = a
b.add("x")
print(sorted(a))
