# keelback-error: not supported yet: deleting a property without a deleter
class T:
    @property
    def v(self):
        return 1


t = T()
del t.v
