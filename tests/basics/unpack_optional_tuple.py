# Unpacking a value that is a tuple or None: the tuple's items, or CPython's
# TypeError for None.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i, x
    return None


i, x = find([5, 6, 7], 6)
print(i, x)
pos, val = find(["a", "b"], "b")
print(pos, val)
i, x = find([5, 6, 7], 9)
