MARKER = "the program's random"


def randint(a, b):
    return a + b
