# full-stderr
# A RecursionError's traceback: the first three frames of a repeated line,
# then "[Previous line repeated N more times]".
def f(n):
    return f(n + 1)


f(0)
