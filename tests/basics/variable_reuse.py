# A variable reused for values of another type: each def-use web (the
# assignments and the reads they reach) is its own variable, with its own type.
words = "to be or not to be that is the question".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
total = 0
for w in range(5):
    total += w * w
print(sorted(freq.items()), total)

line = "3 4 5"
line = [int(p) for p in line.split()]
print(sum(line), line[0] + 1)


def parse(text):
    text = text.strip()
    value = text.split(",")
    value = [float(v) for v in value]
    return sum(value) / len(value)


print(parse("  1.5,2.5,3  "))


def describe(n):
    out = str(n)
    out = out + "!" * n
    result = len(out)
    if n > 2:
        result = out.upper()
        print(result.lower())
    else:
        print(result + 1)
    return n


describe(1)
describe(3)


def loop_carried(items):
    # The read in the loop sees both assignments: one variable.
    last = None
    for item in items:
        if last is not None:
            print("after", last)
        last = item
    return last


print(loop_carried([1, 2, 3]))


def through_try(s):
    try:
        n = int(s)
    except ValueError:
        n = -1
    print("n =", n + 1)
    n = "done"
    return n.upper()


print(through_try("41"), through_try("x"))


def through_finally(xs):
    for x in xs:
        try:
            tag = x * 2
            if tag > 4:
                break
        finally:
            print("finally", tag)
    tag = "end"
    print(tag)


through_finally([1, 2, 3, 4])


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return True


def through_with():
    state = "before"
    with Quiet():
        state = 1
        raise ValueError("swallowed")
    print(state)
    state = [state]
    print(state)


through_with()


def through_while(n):
    acc = 0
    while n > 0:
        acc += n
        n -= 1
    else:
        acc = str(acc)
    print(acc.zfill(6))
    acc = len(acc)
    return acc * 2


print(through_while(4))

for i in range(3):
    pass
i = str(i) + "x"
print(i.upper())

# Read late by a function or a generator expression: one variable.
k = 2
g = (v * k for v in range(3))
k = "ab"
print(list(g))


def reads_k():
    return k


k = 3.5
print(reads_k())

x = 1
x += 1
x = "s" * x
print(x)


# A function's comprehension variable of the same name is not the global.
def mean(xs):
    return sum(y for y in xs) / len(xs)


def squares(n):
    return {y: y * y for y in range(n)}


y = "abc"
print(y.upper(), mean([1, 2, 3]), squares(3))
y = 5
print(y + 1)
for y in "hello world".split():
    freq[y] = freq.get(y, 0) + 1
print(freq)
