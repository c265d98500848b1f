# Base cases [[]] and [] of recursive functions: their items' types come
# from the recursive cases.
def combinations(xs, k):
    if k == 0:
        return [[]]
    if len(xs) < k:
        return []
    first, rest = xs[0], xs[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)


def subsets(xs):
    if not xs:
        return [[]]
    smaller = subsets(xs[1:])
    return smaller + [[xs[0]] + s for s in smaller]


print(combinations("abcd", 2))
print(len(combinations(list(range(8)), 3)))
print(subsets([1.5, 2]))
print(combinations([1, 2], 3))
print(combinations([1, 2, 3], 2)[5])
