# map() and filter() objects kept as values: stored, returned from a function,
# stepped with next(), then consumed; the function is called lazily.
def g(xs):
    return map(str, xs)
m = map(abs, [-1, -2, 3])
print(next(m))
print(list(m))
print(" ".join(g([1,2])))
f = filter(None, [0, 1, "", "a"])
print(next(f), list(f))
evens = filter(lambda v: v % 2 == 0, range(10))
for e in evens:
    print(e, end=" ")
print()
sq = map(lambda k: (k, 2 * k), range(3))
print(dict(sq))
words = map(str.upper, ["a", "b"])
print(sorted(words))
def lengths(ws):
    return map(len, ws)
print(sum(lengths(["ab", "cde"])))


def gen_x():
    return map(lambda k: (k, 4 * k + 2, 0, 2 * k + 1), count_from(1))


def count_from(n):
    while True:
        yield n
        n += 1


x = gen_x()
print(next(x), next(x))
calls = []


def noisy(v):
    calls.append(v)
    return v * 10


lazy = map(noisy, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
it = map(int, "123")
print(next(it) + next(it) + next(it))
next(it)
