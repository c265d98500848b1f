# keelback-error: not supported yet: the builtin 'vars'
# A builtin Keelback does not have yet is a compile error, never a NameError.
xs = [1, 2, 3]
print(vars(xs))
