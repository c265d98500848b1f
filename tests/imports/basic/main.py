# also-build
import util
from util import triple, Point as P
import pkg.shapes
from pkg import helpers as h
import util as u2

print(util.triple(4), triple(5), util.counter)
p = P(3, 4)
print(p, p.norm2(), util.SCALE)
s = pkg.shapes.Square(5, 0)
print(s.area(), h.sq(7), pkg.VERSION)
util.SCALE = 10
print(u2.triple(2), __name__)
print(type(p), repr(s))
def f():
    import util
    return util.counter
print(f())
