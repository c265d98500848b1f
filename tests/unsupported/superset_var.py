# keelback-error: not supported yet: 'var' declarations
var = 1  # a Python name
print(var)
var total: Int = var
print(total)
