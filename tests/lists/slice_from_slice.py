# also-build
# a[i:j] = b[k:l:m]: the slice is copied straight into the target (no
# intermediate list) when nothing runs in between; the result, aliasing and
# the errors must stay CPython's.


def flips(perm):
    # fannkuch's prefix reversal, the target and the source being one list
    count = 0
    k = perm[0]
    while k != 0:
        perm[:k + 1] = perm[k::-1]
        count += 1
        k = perm[0]
    return count


print(flips([3, 1, 4, 0, 2]), flips([2, 0, 1]), flips([0, 1]))

a = list(range(10))
a[2:5] = a[7:4:-1]          # same list, same length, reversed
print(a)
a = list(range(10))
a[0:4] = a[2:6]             # same list, overlapping, forwards
print(a)
a = list(range(10))
a[3:7] = a[1:5]             # overlapping the other way
print(a)
b = [10, 20, 30, 40, 50, 60]
a = list(range(6))
a[1:4] = b[::2]             # another list, extended source
print(a)
a[1:2] = b[3:]              # lengths differ: the list grows
print(a)
a[0:5] = b[:1]              # and shrinks
print(a)
a[::2] = b[:len(a[::2])]    # extended target, same size
print(a)
a[5:1] = b[0:2]             # empty target range: an insertion
print(a)
a[100:] = b[-2:]            # clamped bounds
print(a)
n = -1
a[:n] = a[n:]               # negative bounds
print(a)
f = [0.5, 1.5, 2.5, 3.5]
g = [9.0, 8.0]
f[1:3] = g[::-1]
f[:2] = f[2::-1][:2]
print(f)
t = [True, False, False]
t[0:2] = t[1::-1]
print(t)
big = list(range(100))
big[:60] = big[59::-1]      # larger than any small buffer
print(big[:3], big[57:62], len(big))
h = [1, 2, 3]
h[0:3] = h[::-1]
print(h, h[::-1])
s = [1, 2, 3, 4]
try:
    s[:2] = s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[::2] = s[:3]
except ValueError as e:
    print("ValueError:", e)
print(s)
step = 0
s[0:1] = s[1::step]
