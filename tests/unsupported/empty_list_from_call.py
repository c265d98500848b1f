# keelback-error: not supported yet: adding to an empty container that is not held in a variable or attribute
# The list a call returns cannot learn its element type from a use of the
# call's result: nothing else refers to it.
def fresh():
    return []


fresh().append(1.5)
print("done")
