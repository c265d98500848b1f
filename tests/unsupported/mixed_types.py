# keelback-error: not supported yet: variable 'x' holds both int and str
def f(flag):
    x = 1
    if flag:
        x = "one"
    return x


print(f(True))
