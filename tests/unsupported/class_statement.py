# keelback-error: not supported yet: the 'ClassDef' statement
class Point:
    pass
