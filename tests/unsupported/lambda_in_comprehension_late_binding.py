# keelback-error: not supported yet: a lambda in a comprehension using the comprehension's variable 'i'
# A lambda made in a comprehension closes over the comprehension's own
# variable (late binding: every lambda sees its last value, 2 here), not over
# the function's variable of the same name. Keelback keeps comprehension
# variables outside cells, so this is rejected rather than miscompiled.
def make():
    i = 100
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]


print(make())
