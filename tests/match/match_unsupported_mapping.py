# keelback-error: not supported yet: a mapping pattern on a value of type object
values = [{"k": 1}, 2]
for v in values:
    match v:
        case {"k": x}:
            print(x)
