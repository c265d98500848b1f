def window(items, size):
    buffer = []
    for x in items:
        buffer.append(x)
        if len(buffer) == size:
            yield list(buffer)
            buffer.pop(0)


print(list(window(range(6), 3)))
