# type() of values, compared with classes; tuple() of iterables.
class Base:
    pass
class Derived(Base):
    pass
values = [1, "s", 2.5, None, True, [1], (1, 2), {1: 2}, {3}, Base(), Derived()]
for v in values:
    t = type(v)
    print(t, t.__name__, t is Base, t == Derived, isinstance(v, Base))
print(type(type(1)), type(1) == type(2), type(1) != type(1.0))
print(tuple([1, 2]), tuple({1: 'a', 2: 'b'}), tuple({5}), tuple(x for x in "ab"), tuple(range(2, 5)), len(tuple("xyz")))
t = tuple([3, 1, 2])
print(t[0], t, sorted(t), 2 in t)
for item in t:
    print(item)
print(tuple() == (), tuple((1,)) == (1,))
print(ValueError.__name__, str.__name__, Derived.__name__)
x = type("a").__name__
print(x.upper())
print(type(3).__name__ + 1)
