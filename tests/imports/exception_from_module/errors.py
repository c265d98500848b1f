class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key

def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    return table[key]
