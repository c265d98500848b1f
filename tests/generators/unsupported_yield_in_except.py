# keelback-error: not supported yet: yield inside an except clause
def safe(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield 0


print(list(safe([1, 0, 2])))
