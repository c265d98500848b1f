# % formatting with too many arguments.
print("%d" % 1)
print("%d" % (1, 2))
