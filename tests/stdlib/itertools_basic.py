# also-build
# itertools yields what CPython's yields, in CPython's order.
import itertools
from itertools import permutations, combinations, product, accumulate, chain, islice, groupby, count

print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", [1, 2])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(chain([1, 2], [3], [4, 5])), list(chain("ab", "cd")))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, None)), list(islice(range(20), 1, 12, 3)))
for key, group in groupby("aaabccdd"):
    print(key, list(group))
for key, group in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2):
    print(key, sum(group))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.starmap(lambda a, b: a ** b, [(2, 5), (3, 2)])))
print(list(itertools.repeat("x", 3)), list(islice(itertools.cycle("ab"), 5)))
print(list(itertools.zip_longest("abc", "x", fillvalue="-")))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
total = 0
for p in permutations(range(6)):
    total += p[0] * p[5]
print(total, sum(1 for c in combinations(range(10), 4)))
print(itertools)
