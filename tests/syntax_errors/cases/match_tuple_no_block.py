match x, y:
z = 1
