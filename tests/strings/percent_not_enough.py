# % formatting with too few arguments.
print("%s-%s" % ("a", "b"))
print("%d %d" % (1,))
