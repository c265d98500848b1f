# full-stderr
# Mutual recursion repeats no single line: nothing is collapsed except the
# runs of one line; a depth of 5 prints every frame.
def a(n):
    if n == 0:
        raise ValueError("bottom")
    return b(n - 1)


def b(n):
    return a(n)


a(4)
