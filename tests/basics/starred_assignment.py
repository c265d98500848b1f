# Starred assignment targets: a, *b = ...; *a, b = ...; first, *_, last = ... of lists and tuples; too few items raise ValueError.
a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = [1, 2, 3]
print(c, d)
first, *_, last = [10, 20, 30, 40, 50]
print(first, _, last)
x, *y, z = [1, 2]
print(x, y, z)
p, *q = (1, "two", 3.0)
print(p, q)
*r, s = (1, 2)
print(r, s)
[m, *n] = "a b c".split()
print(m, n)
for head, *tail in [[1, 2, 3], [4, 5]]:
    print(head, tail)
words = ["only"]
first, *rest = words
print(first, rest)
one, *mid, two = words
