# Statements and expressions the parser handled before f-strings and match.
import os.path as p, sys
from . import (a, b as c,)
x = y = 1, *z
a.b[1:2, ::3] += -x ** 2 // 3
del a[0], b.c
if x and not y or z: pass
elif x < y <= z is not None not in q: ...
else:
    while True:
        break
for i, (j, *k) in enumerate(range(3)): continue
try:
    raise E from None
except (A, B) as e:
    pass
else:
    assert x, "m"
finally:
    global g
def f(a, /, b: int = 1, *c, d, e=2, **f) -> None:
    return (yield from g)
class C(B, metaclass=M):
    x: int = 1
    (y): str
with open(f) as g, h: pass
v = [i for i in range(3) if i for j in i], {1: 2, **d}, {1, *s}, (i for i in x), {k: v for k, v in d}
w = lambda x, *, y=1: (x, y)
n = (m := 10) if m else (b"\x00", "\n" u"x", 0x1F, 1_000, 1e10, 2j, 0.5)
