# Counter's augmented arithmetic changes the Counter itself (every other
# reference sees it) and keeps only the positive counts.
from collections import Counter

total = Counter()
alias = total
for line in ["a b b", "b c", "c c d"]:
    total += Counter(line.split())
print(total, alias is total, alias)
total -= Counter({"c": 3, "a": 0, "z": 2})
print(total)
total |= Counter(a=5, b=1)
print(total)
total &= Counter("aaabd")
print(total)
both = Counter("xyz") + Counter("zz")
print(both, both - Counter("z"), both == Counter(z=3, x=1, y=1))
