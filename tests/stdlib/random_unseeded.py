# Without seed(), the generator is seeded from the OS: values differ from
# run to run, so only their ranges and types are checked.
import random

draws = [random.random() for i in range(1000)]
print(all(0.0 <= x < 1.0 for x in draws), len(set(draws)) > 990)
print(all(1 <= random.randint(1, 6) <= 6 for i in range(1000)))
xs = list(range(50))
random.shuffle(xs)
print(sorted(xs) == list(range(50)))
random.seed()
print(0 <= random.getrandbits(100) < 2 ** 100)
random.seed(None)
print(random.choice("abc") in "abc")
