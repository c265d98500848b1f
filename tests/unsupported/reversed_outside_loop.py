# keelback-error: not supported yet: reversed() other than as the iterable of a for loop or comprehension
it = reversed([1, 2, 3])
print(next(it))
