# map() calling a builtin with an item it cannot take: CPython's TypeError when it is called.
print(sorted([[1], [2, 3]], key=len))
print(list(map(len, [1, 2])))
