import random
print(len(random.sample(range(10), 10)))
random.sample([1, 2, 3], 4)
