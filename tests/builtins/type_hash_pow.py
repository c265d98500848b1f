# chr, ord, hex, oct, bin, hash, pow, format, tuple(), type(), id().
print(chr(65), ord('a'), hex(255), oct(8), bin(-5), hex(True))
print(hash(1), hash(-1), hash(2**61), hash((1, 2)), hash(1.5), hash(True))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(2.0, 3))
print(format(3.14159, '.2f'), format(42), format(42, '08b'), format('x', '>4'))
t = tuple([1, 2, 3])
print(t, tuple(), tuple((4, 5)), tuple('ab'), tuple(range(3)), tuple(x * 2 for x in [1, 2]))
print(type(1), type('a'), type(1.5), type([1]), type(t), type(None), type(True))
print(type(1) == int, type('a') is str, type(1) is float, type(1).__name__, int.__name__)
class Foo:
    pass
f = Foo()
print(type(f), type(f) is Foo, type(f) == Foo, type(f).__name__, Foo.__name__)
print(id(f) == id(f), id(f) == id(Foo()))
try:
    raise ValueError("x")
except ValueError as e:
    print(type(e), type(e).__name__, type(e) is ValueError)
print(int, str, Foo, ValueError)
