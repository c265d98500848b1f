# keelback-error: not supported yet: a decorated method used as a value
def log(fn):
    def wrapper(self, x):
        return fn(self, x)
    return wrapper


class C:
    @log
    def m(self, x):
        return x


f = C().m
print(f(1))
