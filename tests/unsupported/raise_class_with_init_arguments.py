# keelback-error: not supported yet: raising a class whose __init__ takes arguments
class NotFound(Exception):
    def __init__(self, what):
        super().__init__(what)


raise NotFound
