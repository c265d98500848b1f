# keelback-error: not supported yet: a class statement that can run more than once
class Factory:
    def make(self):
        class Product:
            pass
        return Product()


print(Factory().make())
