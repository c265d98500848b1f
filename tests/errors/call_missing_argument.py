def f(a, b, c):
    return a + b + c
if len([1]) == 2:
    f(1, 2, 3, 4)  # never runs: no error
f(1)
