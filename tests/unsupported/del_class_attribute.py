# keelback-error: not supported yet: deleting an attribute other than a field of an instance of the program's classes
class Config:
    debug = False


del Config.debug
print("done")
