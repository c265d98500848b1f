# A variable that holds None or a float (or an int): used as a number once
# it is not None; CPython's TypeError when it is.
def find(values, limit):
    best = None
    for v in values:
        if v < limit and (best is None or v > best):
            best = v
    return best


print(find([1.5, 7.25, 3.0], 5.0), find([9.0], 5.0), find([4, 2], 3))
b = find([1.5, 2.5], 2.0)
print(b * 2, b + 1, -b if b else 0.0, b < 3.0, 2 > b, b == 1.5, b != None)
t = find([9.0], 5.0)
print(t == 1.0, t is None, t)
if t:
    print("true")
maybe = None
for x in [0.5, 0.25]:
    maybe = x if maybe is None else maybe + x
print(maybe)
total = find([7.0], 1.0)
print(total + 1.0)
