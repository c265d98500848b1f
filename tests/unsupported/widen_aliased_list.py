# keelback-error: not supported yet: storing a value of type int in a list[str]
# A list another name also refers to keeps its element type: widening it to
# object through `b` would leave `a` typed list[str] while it holds an int.
a = ["x"]
b = a
b.append(1)
print(a[1])
