import random
random.seed(1)
print(random.choice([1, 2, 3]))
empty = [1, 2, 3][:0]
random.choice(empty)
