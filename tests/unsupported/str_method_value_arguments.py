# keelback-error: not supported yet: str.upper() as a value, called with these arguments
up = str.upper
print(up("x", "y"))
