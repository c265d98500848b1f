# @x.deleter: del obj.x calls the property's deleter (an inherited one too).
class T:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value

    @v.deleter
    def v(self):
        print("deleting")
        del self._v


class U(T):
    pass


t = T()
t.v = 5
del t.v
del t.v
u = U()
del u.v
print("deleted")
del t.v
