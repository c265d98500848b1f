# keelback-error: not supported yet: the 'With' statement
with open("x") as f:
    print(f)
