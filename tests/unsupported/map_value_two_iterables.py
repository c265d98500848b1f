# keelback-error: not supported yet: map() kept as a value, with other than two arguments
m = map(pow, [1, 2], [3, 4])
print(list(m))
