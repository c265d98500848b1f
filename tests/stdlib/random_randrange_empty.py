import random
print(random.randrange(1, 2))
random.randrange(5, 5)
