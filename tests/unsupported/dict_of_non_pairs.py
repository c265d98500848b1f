# keelback-error: not supported yet: dict() of items of type int (it takes pairs as tuples)
print(dict([1, 2, 3]))
