# also-build
import functools
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(functools.reduce(max, [3, 9, 2]), reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ""))
print(reduce(lambda a, b: a + b, [[1], [2, 3]], []))
reduce(lambda a, b: a + b, [0][:0])
