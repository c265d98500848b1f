import random
print(random.getrandbits(0))
random.getrandbits(-1)
