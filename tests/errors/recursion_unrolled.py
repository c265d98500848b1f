# Self-recursive functions are compiled with a copy of themselves inlined
# (two levels a call): the recursion limit must still be met at exactly
# CPython's depth, and the error must still be RecursionError.


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


deepest = 0
for n in range(990, 1000):
    try:
        depth(n)
        deepest = n
    except RecursionError:
        break
print(deepest, fib(20))
print(depth(deepest))
depth(deepest + 1)
