# keelback-error: not supported yet: deleting a variable
x = 1
del x
print("done")
