# A generator seen as an object is walked as it yields: its side effects
# interleave with the loop body's, as in CPython.
def chatty(n):
    for i in range(n):
        print("making", i)
        yield i


def pick(flag):
    if flag:
        return chatty(3)
    return [7, 8]


things = [chatty(2), [1, 2], "ab"]
for thing in things:
    for x in thing:
        print("using", x)
for x in pick(True):
    print("picked", x)
for x in pick(False):
    print("picked", x)
print(sorted(set(chatty(3))))
print(5 in pick(True))
