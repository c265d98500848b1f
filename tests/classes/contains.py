# also-build
# `in` and `not in` call __contains__.
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        return self.lo <= x < self.hi


class Words:
    def __init__(self, text):
        self.words = text.split()

    def __contains__(self, w):
        return w in self.words


r = Range2(1, 5)
print(3 in r, 5 in r, 0 not in r, 2.5 in r)
w = Words("a quick fox")
print("fox" in w, "dog" in w, "dog" not in w)
n = 0
for i in range(10):
    if i in r:
        n += i
print(n)
