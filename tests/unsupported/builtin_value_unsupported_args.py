# keelback-error: not supported yet: calling a value of type object that may be round() with arguments of type list[int]
fs = [round, str]
for f in fs:
    print(f([1]))
