# keelback-error: not supported yet: default values other than literals
def append_to(x, items=[]):
    items.append(x)
    return items


print(append_to(1))
