# also-build
# random with a seed draws what CPython draws, to the bit: the Mersenne
# Twister, seeding from the seed's 32-bit words, random()'s 53 bits,
# getrandbits, _randbelow's rejection loop and the functions built on them.
import random

for s in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 12345, 10**30, -(10**40), True]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(32), random.randint(-5, 5))

random.seed(12345)
total = 0.0
for i in range(3000):
    total += random.random()
print(repr(total))
print([random.random() for i in range(5)])

random.seed(7)
print([random.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 62, 63, 64, 65, 100, 128, 200]])
print([random.randrange(10) for i in range(20)])
print([random.randrange(3, 1000, 7) for i in range(10)])
print([random.randrange(100, 0, -3) for i in range(10)])
print([random.randint(1, 6) for i in range(30)])
print(random.randrange(10**30), random.randint(-(10**20), 10**20))

xs = list(range(20))
random.shuffle(xs)
print(xs)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)
fs = [0.5, 1.5, 2.5, 3.5]
random.shuffle(fs)
print(fs)
print([random.choice(words) for i in range(8)], random.choice("xyz"), random.choice(range(100, 200)))
print(random.sample(range(100), 10))
print(random.sample(words, 3), random.sample(range(10**6), 8))
print(random.sample(list(range(30)), 30))
print(random.sample(["a", "b"], k=5, counts=[4, 3]))
print([round(random.uniform(-1, 1), 12) for i in range(4)], random.uniform(2.0, 3))
print(random.choices(words, k=5))
print(random.choices(words, weights=[1, 2, 3, 4, 5], k=5))
print(random.choices(range(4), cum_weights=[1, 1, 5, 9], k=6))
print(random.gauss(0.0, 1.0), random.gauss(10, 2), random.gauss())
print(random.normalvariate(1.0, 0.5), random.expovariate(2.0), random.triangular(0, 10, 3))
print(random.lognormvariate(0.0, 1.0), random.paretovariate(3.0), random.weibullvariate(1.0, 2.0))
random.seed(3.25)
print(random.random())
random.seed(-1.5)
print(random.random())

# A long run of draws of every kind, summed: any drift from CPython shows.
random.seed(2024)
acc = 0
for i in range(5000):
    acc = (acc * 31 + random.randrange(1, 10**9)) % (2**61 - 1)
    acc ^= random.getrandbits(40)
print(acc)

# str, bytes and bytearray seeds: from the text's SHA-512, as CPython's.
for text in ["hello", "", "Grüße, 世界"]:
    random.seed(text)
    print(repr(text), random.random(), random.randrange(1000))
random.seed(b"abc")
print(random.random())
random.seed(bytearray(b"\x00\xff"))
print(random.random())
