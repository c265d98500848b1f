# keelback-error: not supported yet: range objects other than as what a for loop, a comprehension or a builtin walks
def window(items, size):
    buffer = []
    for x in items:
        buffer.append(x)
        if len(buffer) == size:
            yield list(buffer)
            buffer.pop(0)


print(list(window(range(6), 3)))
