# Everyday idioms: config parsing, matrices, a generator sieve, sets,
# __slots__ classes as dict keys, list methods, *args forwarding.
import sys
def parse(lines):
    result = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        result[key.strip()] = value.strip()
    return result
cfg = parse(["a = 1", "# c", "", "b=two"])
print(cfg)
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix)
print(*matrix, sep="\n")
def gen_primes(n):
    sieve = [True] * (n + 1)
    for p in range(2, n + 1):
        if sieve[p]:
            yield p
            for q in range(p * p, n + 1, p):
                sieve[q] = False
print(list(gen_primes(30)))
pairs = sorted(cfg.items(), key=lambda kv: kv[0], reverse=True)
print(pairs)
s = set("hello")
s.discard("h")
print(sorted(s), len(s), "e" in s)
print(", ".join(f"{k}={v!r}" for k, v in cfg.items()))
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
print(Point(1, 2) + Point(3, 4), {Point(1, 2), Point(1, 2)}, Point(0, 0) == Point(0, 0))
d = {Point(1, 1): "a"}
print(d[Point(1, 1)])
lst = [5, 3, 8]
lst.sort()
lst.reverse()
print(lst, lst.index(3), lst.count(8), lst[-1], lst.copy())
text = "Hello, World"
print(text.replace("l", "L", 2), text.split(", "), text.lower().startswith("hello"))
acc = []
for i, ch in enumerate(text):
    if ch.isupper():
        acc.append((i, ch))
print(acc)
print(sys.argv[0].endswith(".py"), len(sys.argv))
n = 0
for _ in range(3):
    for _ in range(2):
        n += 1
print(n)
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(lambda a, b=2: a * b, 5, b=3))
