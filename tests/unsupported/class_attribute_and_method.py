# keelback-error: not supported yet: a name that is both a class attribute and a method or property
class Base:
    count = 3


class Sub(Base):
    def count(self):
        return 1


print(Sub().count())
