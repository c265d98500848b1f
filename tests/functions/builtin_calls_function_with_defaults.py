# A function called by a builtin (map, filter, key=) whose other parameters
# take their defaults: literal ones, stored ones (a dict kept between
# calls), keyword-only ones and an empty *args.
def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = 3 * n + 1 if n % 2 else n // 2
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))


def scaled(x, factor=3, *, offset=1):
    return x * factor + offset


print(list(map(scaled, [1, 2, 3])))
print(sorted([5, -2, 7, 0], key=scaled))
print(min(["bb", "a", "ccc"], key=lambda s, bonus=10: bonus - len(s)))
print(sorted([3, 1, 2], key=lambda v, k=10: k - v))


def count_args(x, *rest):
    return x + len(rest)


print(list(filter(count_args, [0, 1, 0, 2])))


class Weigher:
    def __init__(self, base):
        self.base = base

    def weigh(self, x, extra=[100]):
        extra[0] += 1
        return self.base * x + extra[0]


w = Weigher(2)
print(list(map(w.weigh, [1, 2, 3])))
print(max([4, 9, 1], key=w.weigh))


def needs_two(x, y):
    return x + y


print(list(map(needs_two, [1, 2])))
