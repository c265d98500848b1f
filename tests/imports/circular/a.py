import b
def name():
    return "a"
def both():
    return name() + b.name()
