RED = "red"
GREEN = "green"
_SECRET = "hidden"
def describe(c):
    return "colour " + c
