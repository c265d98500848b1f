# A new list of floats or bools that later takes values of other types is
# boxed in place where it is stored (its variable or field holds list[object]).
# also-build
scores = [0.5, 1.5]
scores.append(3)
scores.append(True)
print(scores, sum(scores))
flags = [True, False]
flags.append(2)
print(flags)
def make():
    out = [x * 0.5 for x in range(3)]
    out.append("end")
    return out
print(make())
grid = [[0.0] * 2 for _ in range(2)]
print(grid)
class Acc:
    def __init__(self):
        self.vals = [0.0]
    def add(self, v):
        self.vals.append(v)
a = Acc()
a.add(1)
a.add(2.5)
print(a.vals)
