# keelback-error: not supported yet: deleting a value of this kind
class Point:
    def __init__(self):
        self.x = 1


p = Point()
del p.x
print("done")
