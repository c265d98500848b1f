# keelback-error: not supported yet: class attributes and statements in a class body
class Point:
    origin = 0
