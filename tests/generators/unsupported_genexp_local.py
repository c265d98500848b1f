# keelback-error: not supported yet: a generator expression value reading the enclosing function's variable 'k'
def scaled(xs, k):
    g = (x * k for x in xs)
    return list(g)


print(scaled([1, 2], 3))
