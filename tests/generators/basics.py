# also-build
# Generator functions: yield, for loops, list() and the other consumers.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs):
    for x in xs:
        yield x * x


def words():
    yield "alpha"
    yield "beta"
    yield "gamma"


def floats(n):
    x = 0.5
    for _ in range(n):
        yield x
        x *= 3.0


def flags():
    yield True
    yield False
    yield True


for v in count_up(4):
    print("v", v)

print(list(count_up(5)))
print(list(squares([1, 2, 3])))
print(sum(count_up(101)))
print(sum(floats(4)))
print(sorted(squares([3, -1, 2]), reverse=True))
print(min(squares([4, -2, 3])), max(squares([4, -2, 3])))
print(any(flags()), all(flags()))
print(sorted(set(squares([1, -1, 2, -2]))))
print(list(words()))
print(",".join(words()))
print([w.upper() for w in words()])
print(dict(zip(words(), [len(w) for w in words()])))
print(dict(zip(words(), count_up(10))))
for i, w in enumerate(words()):
    print(i, w)
for i, w in enumerate(words(), 1):
    print(i, w)
for a, b in zip(count_up(3), words()):
    print(a, b)
print(3 in count_up(10), 11 in count_up(10))
print(list(floats(3)), list(flags()))

# A generator is made when called, and runs only when asked.
def noisy():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")


g = noisy()
print("made")
for x in g:
    print("got", x)
print(list(g))

# Two generators of one function are independent.
a = count_up(3)
b = count_up(3)
print(next(a), next(a), next(b), next(a))
