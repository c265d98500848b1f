import a
def name():
    return "b"
def other():
    return a.name()
