# 900 frames deep is within CPython's default limit of 1000.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(900))
