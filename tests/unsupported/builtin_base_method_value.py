# keelback-error: not supported yet: attribute 'append' of an instance of a class with a built-in base, other than called
class Stack(list):
    pass


s = Stack()
push = s.append
push(1)
print(s)
