# Names a lambda binds through its own comprehensions are not free
# variables, and a comprehension's first iterable is read in the enclosing
# scope: none of these closes over a comprehension variable.
def f():
    x = [1, 2]
    g = lambda: [x * 2 for x in x]
    h = [(lambda: [i * 10 for i in range(2)]) for i in range(3)]
    k = [lambda y: y + 1 for i in range(2)]
    m = [lambda y, i=i: y + i for i in range(3)]
    return g(), h[1](), k[0](5), [fn(10) for fn in m]


print(f())
total = 7
adders = [lambda v: v + total for _ in range(2)]
print([a(1) for a in adders])
