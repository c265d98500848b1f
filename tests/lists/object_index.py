# An index of type object (an item of a tuple whose length only the run time
# knows): the read is dispatched on the index's run-time type.
def score(h):
    order = tuple(sorted(h))
    return (len(h),) + order


NAMES = ["zero", "one", "two", "three"]
for h in ["ab", "abc", "a"]:
    s = score(h)
    print(NAMES[s[0]], "xyz"[s[0] - 1], (1.5, 2.5, 3.5, 4.5)[s[0]], s)
floats = [0.5, 1.5, 2.5]
print(floats[score("ab")[0]])
print(NAMES[score("ab")[1]])
