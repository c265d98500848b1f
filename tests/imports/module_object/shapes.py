SIDES = {"triangle": 3, "square": 4}
def sides(name):
    return SIDES[name]
