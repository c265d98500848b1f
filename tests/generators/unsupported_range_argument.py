# keelback-error: not supported yet: iterating over a range that is not made where it is iterated
def window(items, size):
    buffer = []
    for x in items:
        buffer.append(x)
        if len(buffer) == size:
            yield list(buffer)
            buffer.pop(0)


print(list(window(range(6), 3)))
