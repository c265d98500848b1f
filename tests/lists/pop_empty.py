a = [1.5]
print(a.pop())
print(a.pop())
