# a[lo:hi] = a[...:-1] in its many shapes: the run reversed in place, and
# every other case (other lengths, other lists, negative or big bounds) as
# CPython does it.


def flips(perm):
    count = 0
    k = perm[0]
    while k != 0:
        perm[:k + 1] = perm[k::-1]
        count += 1
        k = perm[0]
    return count


print(flips([3, 1, 4, 0, 2]), flips([0]), flips([2, 0, 1]))
base = list(range(10))
cases = []
for lo in [0, 2, 5, -3, 12]:
    for hi in [0, 3, 7, 10, -2, 15]:
        for start in [0, 1, 4, 6, 9, -1, -4, 11]:
            for stop in [-11, 0, 2, 5, -12]:
                a = base[:]
                a[lo:hi] = a[start:stop:-1]
                cases.append(a)
                b = base[:]
                b[:hi] = b[start::-1]
                cases.append(b)
                c = base[:]
                c[lo:] = c[start:stop:-1]
                cases.append(c)
print(len(cases), sum(len(c) for c in cases), sum(sum(c) * (i + 1) for i, c in enumerate(cases)))
print(cases[7], cases[100], cases[-1])
for lo, hi in [(2, 7), (3, 10), (0, 1), (4, 4), (9, 10)]:
    a = base[:]
    a[lo:hi] = a[hi - 1:lo - 1:-1] if lo > 0 else a[hi - 1::-1]
    print(a)
floats = [0.5, 1.5, 2.5, 3.5]
floats[1:4] = floats[3:0:-1]
bools = [True, False, False, True, True]
bools[:3] = bools[2::-1]
print(floats, bools)
other = [9, 8, 7]
mine = [1, 2, 3, 4]
mine[:3] = other[2::-1]
print(mine)
words = ["a", "b", "c", "d"]
words[1:] = words[:0:-1]
print(words)
big = 2 ** 70
nums = [1, 2, 3]
nums[:big] = nums[big::-1]
print(nums)
nums[0:2] = nums[-1::-1]
print(nums)
steps = [1, 2, 3, 4, 5, 6]
steps[::2] = steps[2::-1]
print(steps)
steps[::2] = steps[5::-1]
