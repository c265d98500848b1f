# range loops with a step other than 1 or -1: near the ends of the small
# ints (62 bits), with big ints, with steps of unknown sign, and with the
# counter passing the bound by more than the step would allow.


def walk(start, stop, step):
    count = 0
    last = None
    for v in range(start, stop, step):
        count += 1
        last = v
    return count, last


def sign_unknown(step):
    out = []
    start, stop = (-7, 8) if step > 0 else (7, -8)
    for v in range(start, stop, step):
        out.append(v)
    return out


top = 2 ** 62
for args in [(0, 10, 3), (0, 9, 3), (10, 0, -3), (10, -1, -3), (5, 5, 2), (5, 1, 2), (1, 5, -2),
             (top - 10, top + 10, 7), (top - 10, top - 1, 4), (-top + 3, -top - 20, -6),
             (-top - 5, -top + 5, 3), (top - 2, top, top), (0, top - 1, top - 1),
             (-top, top - 1, top - 1), (top - 1, -top, -top), (0, 2 ** 70, 2 ** 68),
             (2 ** 70, 0, -(2 ** 68)), (3, 2 ** 64, 2 ** 63 - 1)]:
    print(args, walk(*args))
for step in [1, 2, 3, 5, -1, -2, -4, 100, -100]:
    print(step, sign_unknown(step))
marks = [False] * 50
i = 2
while i * i < 50:
    for j in range(i * i, 50, i):
        marks[j] = True
    i += 1
print([n for n in range(2, 50) if not marks[n]])
print(len([True] * 1000), [1, 2] * 3, [0.5] * 0, [[]] * 2)
grow = [7, 8]
grow *= 5
print(grow)
step = 0
for v in range(1, 10, step):
    print(v)
