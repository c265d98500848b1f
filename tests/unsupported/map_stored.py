# keelback-error: not supported yet: map() other than as the iterable of a for loop, comprehension or builtin
m = map(str, [1, 2])
print(list(m))
