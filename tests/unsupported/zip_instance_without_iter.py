# keelback-error: not supported yet: iterating over an instance of a class without __iter__
# (CPython would walk it through __getitem__ until IndexError.)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


for i, v in enumerate(Seq()):
    print(i, v)
