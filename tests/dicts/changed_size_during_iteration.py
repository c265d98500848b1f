# A dict or set that changes size while a for loop walks it (directly or
# through keys(), values(), items()) raises CPython's RuntimeError at the
# next step; changing values, or breaking out first, does not.
# also-build
d = {1: 2, 3: 4}
for k in d:
    d[k] = 5          # same size: fine
print(d)
for k, v in d.items():
    if k == 1:
        break
s = {1, 2, 3}
for x in s:
    pass
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError as e:
    print("caught", e)
try:
    for v in d.values():
        del d[1]
except RuntimeError as e:
    print("caught", e)
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("caught", e)
n = 0
for k in d:
    n += 1
    if n == len(d):
        d[100] = 1
        break
print(d)
for k in d.keys():
    d.pop(k)
