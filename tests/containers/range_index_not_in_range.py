# r.index(x) of an int not among its items.
r = range(0, 30, 5)
print(r.index(25))
print(r.index(7))
