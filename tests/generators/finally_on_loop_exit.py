# also-build
# A generator paused inside try/finally or with, given to a loop as a
# temporary, is finalized where CPython frees it: when the loop is left
# by break, return or an exception (the finally clause or __exit__ runs
# then), or when it ends having exhausted another iterator (zip).
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type)
        return False


def lines(name):
    with Resource(name):
        yield name + ":1"
        yield name + ":2"


def counted(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", n)


for line in lines("a"):
    print(line)
    break
print("after break")

for line in lines("b"):
    print(line)
else:
    print("exhausted")


def first_over(limit):
    for x in counted(10):
        if x > limit:
            return x * 100
    return -1


print(first_over(2))
print(list(counted(2)), sum(counted(3)), sorted(counted(2)), max(counted(3)))
print(any(x > 1 for x in counted(5)), all(x < 1 for x in counted(6)))
print([x * x for x in counted(3)])


def nested():
    for a in counted(2):
        for b in counted(3):
            if b == 1:
                break
            print("pair", a, b)
        print("outer", a)


nested()

try:
    for x in counted(4):
        print("got", x)
        if x == 1:
            raise KeyError(x)
except KeyError as e:
    print("caught", e)

for i, x in enumerate(counted(5)):
    if i == 2:
        break
print("enumerate left")
for a, b in zip(counted(2), counted(7)):
    print("zip", a, b)
print("zip done")


def outer():
    # Pauses inside a loop over such a generator: finalized in turn.
    for x in counted(3):
        yield x


for y in outer():
    print("outer yields", y)
    break
print("outer left")


def catches():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit caught")
        raise


for v in catches():
    break
print("end")
