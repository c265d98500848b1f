# keelback-error: not supported yet: a lambda in a comprehension using the comprehension's variable 'k'
# At module level too: the lambda reads the dict comprehension's variable
# (CPython prints 'bb'), never a global.
fs = {k: (lambda: k * 2) for k in "ab"}
print(fs["a"]())
