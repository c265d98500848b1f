# The superset's soft keywords used as Python names: every line must parse
# exactly as CPython parses it (the superset needs text Python cannot parse).
import struct

var = 1
fn = print
fn(var)
struct.pack("i", 1)
trait, comptime, alias, let, ref = 1, 2, 3, 4, 5
raises = capturing = read = mut = owned = out = deinit = 0
var: int = 2
fn: object
var += 1
var.attr = fn[0]
fn[var] = struct
fn(var)[0](struct)
struct(var).x
trait[1:2]
comptime if var else alias
comptime ^ 2
x = var ^ (ref)
x = [var, fn, struct]
del var
ref[var] = 1


def f(var, fn, struct=None, *trait, comptime=1, **alias):
    return var


def g(read: int, mut, out) -> fn:
    global ref
    return read ^ mut


class struct_like(struct.Struct):
    var = 1

    def fn(self, var):
        return var


lambda var, fn: var(fn)
print(*[var for var in range(3)], {fn: struct for fn, struct in []})

match var:
    case fn():
        pass
    case struct.x:
        pass
    case {"var": var}:
        pass

for var in range(3):
    pass
with open(fn) as var:
    pass
try:
    pass
except struct.error as var:
    pass


@fn
def decorated():
    pass


@parameter
def also_decorated():
    pass
