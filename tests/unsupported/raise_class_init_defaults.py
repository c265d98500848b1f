# keelback-error: not supported yet: raising a class whose __init__ takes arguments with defaults
class NotFound(Exception):
    def __init__(self, what="thing"):
        super().__init__(what)


raise NotFound
