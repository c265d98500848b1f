# keelback-error: not supported yet: 'List' of typing as a value
# A type alias evaluates a typing name as a value: not compiled yet.
from typing import List
Vector = List[float]
print(Vector)
