# keelback-error: not supported yet: printing or formatting a built-in function or stream
# A built-in function as a value has no object to print (CPython prints
# <built-in function len>); Keelback crashed or printed sys.argv.
print(len)
