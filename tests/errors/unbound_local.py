# Reading a local or global before it is assigned raises, as in CPython.
def f(flag):
    if flag:
        x = 1
    return x


print(f(True))
print(f(False))
