MARKER = "the program's time, never imported"


def time():
    return "not a float"
