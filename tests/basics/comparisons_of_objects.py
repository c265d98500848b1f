# Equality and ordering of instances (identity), containers (elementwise) and mixed types.
class P:
    def __init__(self, x):
        self.x = x


a = P(1)
b = P(1)
c = a
print(a == b, a == c, a != b, a != c)
print([1, 2] == [1, 2], (1, "a") == (1, "a"), [1] != [2], {"a": 1} == {"a": 1})
print([1, 2] < [1, 3], (1, 2) <= (1, 2), "a" == 1, None == 0, [1.5] == [1.5], [[1]] == [[1]])
n = None
print(n == None, a == None, b != None)
print([1] < ["a"])
