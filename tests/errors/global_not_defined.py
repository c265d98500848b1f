def f():
    return X + 1


print("start")
print(f())
X = 1
