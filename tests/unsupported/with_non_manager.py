# keelback-error: not supported yet: a with statement over a value of type int
with 3:
    print("never")
