# keelback-error: not supported yet: generator expressions other than as the argument of
squares = (x * x for x in range(5))
print(next(squares))
