# An uncaught exception: CPython's traceback and last line, exit code 1.
def divide(a, b):
    return a // b


print("before")
print(divide(10, 0))
print("after")
