# At module level: NameError, though another web of the global was assigned.
t = "abc"
print(t.upper())
t = len(t)
print(t + 1)
for _ in range(2):
    if t > 5:
        z = "s"
        print(z.upper())
    z = 2
    print(z + 1)
if t > 5:
    y = "s"
print(y)
y = 2
print(y + 1)
