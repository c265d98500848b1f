# keelback-error: not supported yet: using a **kwargs parameter other than passing it on with **
def f(**kwargs):
    return len(kwargs)


print(f(a=1))
