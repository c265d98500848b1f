# Counter and OrderedDict take any iterable a for loop takes: dict views,
# generator expressions, zip(), enumerate().
from collections import Counter, OrderedDict

ages = {"ann": 31, "bob": 25, "cy": 31, "dee": 40}
by_age = Counter(ages.values())
print(by_age, by_age.most_common(1))
initials = Counter(name[0] for name in ages)
print(initials)
pairs = OrderedDict(zip("abc", range(3)))
print(pairs, OrderedDict(enumerate("xy")))
od = OrderedDict(ages.items())
od.move_to_end("ann")
print(list(od), od.popitem(False))
