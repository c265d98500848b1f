# Unpacking a list into names: its length is checked when it runs.
words = "ada lovelace".split(" ")
first, last = words
print(last, first)
a, b, c = [1, 2, 3]
print(a + b + c)
[x, y] = [2.5, 0.5]
print(x * y)
for pair in [[1, 2], [3, 4]]:
    p, q = pair
    print(p * q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("caught", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("caught", e)
first, last = "no-space-here".split(" ")
