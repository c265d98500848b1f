# keelback-error: not supported yet: getattr() with a computed name on a class with methods
# The name could be a method's, and getattr would return a bound method.
import sys
class Dog:
    def __init__(self):
        self.name = "rex"
    def bark(self):
        return "woof"
d = Dog()
print(getattr(d, sys.argv[0][:0] + "name"))
