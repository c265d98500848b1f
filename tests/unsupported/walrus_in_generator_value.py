# keelback-error: not supported yet: an assignment expression inside a generator expression used as a value
g = ((k := v) for v in range(3))
print(list(g))
