# keelback-error: not supported yet: the 'Try' statement
try:
    print(1)
except ValueError:
    pass
