# keelback-error: not supported yet: this statement in a class body
class Point:
    for i in range(3):
        pass
