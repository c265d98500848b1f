# keelback-error: not supported yet: attribute fields in str.format()
class P:
    def __init__(self):
        self.x = 3
print("{p.x}".format(p=P()))
