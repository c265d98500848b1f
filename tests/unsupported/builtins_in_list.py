# keelback-error: not supported yet: this list's elements holds both builtin_function_or_method and builtin_function_or_method
fs = [len, abs]
print(fs[0]([1]))
