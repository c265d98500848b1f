# keelback-error: not supported yet: isinstance() with this second argument
x = 3
print(isinstance(x, len))
