# keelback-error: not supported yet: 'Counter' other than called
from collections import Counter
kinds = [Counter, dict]
print(len(kinds))
