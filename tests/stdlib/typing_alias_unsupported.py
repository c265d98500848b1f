# keelback-error: not supported yet: 'List' as a value (a name of typing, usable in annotations only
# A type alias evaluates a typing name as a value: not compiled yet.
from typing import List
Vector = List[float]
print(Vector)
