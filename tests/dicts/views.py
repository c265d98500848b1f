# Dict views iterated over, with values of every storage kind.
prices = {"apple": 1.25, "pear": 0.5}
flags = {"a": True, "b": False}
total = 0.0
for p in prices.values():
    total += p
print(total, list(prices.values()), list(flags.values()), list(flags.items()))
for key, value in prices.items():
    print(key, value * 2)
print([k.upper() for k in prices.keys()], [v for v in flags.values() if v])
print(sorted(prices) if False else list(prices))
