# keelback-error: not supported yet: super().__init__() with arguments in a class with a built-in base
class Stack(list):
    def __init__(self, items):
        super().__init__(items)


print(Stack([1, 2]))
