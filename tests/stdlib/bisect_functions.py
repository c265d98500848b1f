import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 2, lo=4), bisect_right(a, 5, hi=-1))
print(bisect_left(a, 2, 0, -2))
scores = [("ann", 10), ("bob", 20), ("cy", 20), ("dee", 40)]
print(bisect_left(scores, 20, key=lambda p: p[1]), bisect_right(scores, 20, key=lambda p: p[1]))
insort(scores, ("eve", 20), key=lambda p: p[1])
insort_left(scores, ("fay", 20), key=lambda p: p[1])
print(scores)
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort_right(b, v)
print(b)
insort_left(b, 3)
print(b)
fl = [0.5, 1.5, 2.5]
print(bisect.bisect(fl, 1.5), bisect.bisect_left(fl, 1.5))
words = ["apple", "fig", "kiwi"]
bisect.insort(words, "grape")
print(words)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect.bisect(breakpoints, score)
    return grades[i]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
