# A list made empty and filled later with floats or bools (its item type is
# found from the later appends) prints, sorts and sums as CPython's.
out = []
out.append(1.5)
out.append(-0.25)
print(out, sum(out), sorted(out))
flags = []
flags.append(True)
flags.append(False)
print(flags, any(flags), flags.count(False))


def collect(n):
    acc = []
    for i in range(n):
        acc.append(i / 2)
    return acc


print(collect(5), [x * 2 for x in collect(3)])
print(out[5])
