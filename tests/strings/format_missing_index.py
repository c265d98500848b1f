# str.format with too few positional arguments: IndexError.
print("{} {}".format(1, 2))
print("{} {}".format(1))
