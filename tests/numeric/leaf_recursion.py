# A function that calls nothing still counts as a frame against the
# recursion limit: at the deepest level it raises RecursionError.


def leaf(x):
    return x * 2 + 1


def rec(n):
    if n == 0:
        return leaf(n)
    return rec(n - 1) + 1


def depth_ok(n):
    try:
        return rec(n)
    except RecursionError:
        return -1


def deepest():
    n = 900
    while depth_ok(n) != -1:
        n += 1
    return n


first_bad = deepest()
print(first_bad, depth_ok(first_bad - 1))
total = 0
for i in range(1000):
    total += leaf(i)
print(total)
rec(first_bad + 2)
