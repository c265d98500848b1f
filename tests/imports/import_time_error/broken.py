print("broken starts")
VALUES = [1, 2, 3]
print(VALUES[5])
