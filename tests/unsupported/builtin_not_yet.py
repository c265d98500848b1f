# keelback-error: not supported yet: the builtin 'round'
# A builtin Keelback does not have yet is a compile error, never a NameError.
x = 2.567
print(round(x, 2))
