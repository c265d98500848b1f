# keelback-error: not supported yet: importing 'erf' from module 'math'
# A name CPython's math has but Keelback does not compile yet.
from math import erf
print(erf(1.0))
