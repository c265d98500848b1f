# Lists and dicts of None and values of another type: Optional items (or
# objects for floats), each keeping its own value, as in CPython.
def pick(flag):
    if flag:
        x = [None, 2]
    else:
        x = [1, 2]
    return x
a = pick(True) + pick(False)
print(a, [v is None for v in a])
d = {"a": None}
d["b"] = "s"
print(d, d.get("b"), d.get("a"))
s = [None] * 2
s[0] = 1.5
print(s)
t = [[None]]
t[0][0] = (1, "x")
print(t, t[0][0])
u = [1.5, None]
print(u, u[1] is None)
print(a[0] + 1)
