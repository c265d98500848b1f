import collections
from collections import Counter
print(Counter("aa"))
import collections.thing
