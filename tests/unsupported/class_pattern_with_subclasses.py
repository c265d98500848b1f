# keelback-error: not supported yet: a class pattern on a value of type object naming a class that has subclasses
class Animal:
    def __init__(self, name):
        self.name = name


class Dog(Animal):
    pass


for a in [Animal("generic"), Dog("rex"), 3]:
    match a:
        case Animal(name=n):
            print(n)
