def f(flag):
    x = 1
    if flag:
        x = "text"
    return x


print(f(False) + 1)
print(f(True) + 1)
