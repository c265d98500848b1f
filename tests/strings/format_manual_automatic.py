# Mixing automatic and manual field numbering.
print("{0} {0}".format(1))
print("{0} {}".format(1, 2))
