# Many generators alive at once and many made and dropped: their frames are
# GC memory holding the values they will use later.
def window(items, size):
    buffer = []
    for x in items:
        buffer.append(x)
        if len(buffer) == size:
            yield list(buffer)
            buffer.pop(0)


def labelled(prefix, n):
    names = [prefix + str(i) for i in range(n)]
    for name in names:
        yield name + "!"


gens = [labelled("g" + str(k), 3) for k in range(2000)]
firsts = [next(g) for g in gens]
print(firsts[:3], firsts[-1])
total = 0
for round_ in range(200):
    for w in window(list(range(50)), 5):
        total += w[0] + w[-1]
print(total)
seconds = [next(g) for g in gens]
print(seconds[:2], seconds[-1], len(seconds))
print(sum(len(s) for g in gens for s in g))
