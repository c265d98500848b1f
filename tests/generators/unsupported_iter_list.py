# keelback-error: not supported yet: iter() of list[int]
it = iter([1, 2, 3])
print(next(it))
