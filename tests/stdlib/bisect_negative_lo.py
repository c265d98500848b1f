import bisect
a = [1, 3, 5]
print(bisect.bisect_left(a, 3, 0), bisect.bisect_right(a, 3, hi=-1))
bisect.insort(a, 4, -1)
