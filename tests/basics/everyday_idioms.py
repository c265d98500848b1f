# A mix of everyday idioms: f-string debugging, closures with nonlocal,
# class and static methods, properties, exception subclasses, formatting.
x = 3
print(f"{x=}", f"{x + 1 = }", f"{'a'!r:>5}")
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
c(); c(5)
print(c())
print(1 < x < 5, 1 < x > 5, x == 3 != 4)
assert x == 3, "x must be 3"
class Account:
    count = 0
    rate = 0.05
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    @classmethod
    def from_str(cls, s):
        owner, bal = s.split(":")
        return cls(owner, float(bal))
    @staticmethod
    def fmt(v):
        return f"${v:,.2f}"
    @property
    def interest(self):
        return self.balance * self.rate
    def __str__(self):
        return f"{self.owner}: {self.fmt(self.balance)}"
class Savings(Account):
    rate = 0.1
    def __init__(self, owner, balance=0.0, limit=3):
        super().__init__(owner, balance)
        self.limit = limit
a = Account.from_str("ann:1234.5")
s = Savings("bob", 100)
print(a, s, Account.count, s.interest, a.interest, isinstance(s, Account))
print(str(s), repr(Account.fmt(1e6)))
try:
    raise ValueError("bad %s" % "thing")
except (TypeError, ValueError) as err:
    print(type(err).__name__, err.args)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e.code, e, repr(e))
vals = [3, 1, 2]
print(sorted(vals, reverse=True), vals[::2], vals[-2:], [v ** 2 for v in vals if v != 1])
print(f"{3.14159:.3}", f"{42:#x}", f"{-5:+d}", f"{12345.678:e}", f"{0.1:g}")
print("|".join(["%-6s" % w for w in ("a", "bb")]), "%r %s %%" % ("q", None))
print(list(zip(range(3), "abc", [True, False, None])))
d = dict(a=1, b=2)
d.update(c=3)
print(d, list(d.keys()), d.pop("a"), d.setdefault("z", 26), d)
