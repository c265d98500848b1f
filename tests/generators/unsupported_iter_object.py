# keelback-error: not supported yet: iter() of object
values = [1, "a"]
it = iter(values[0])
print(it)
