# keelback-error: not supported yet: arguments to a class without __init__
class Stack(list):
    pass


s = Stack([1, 2, 3])
print(s)
