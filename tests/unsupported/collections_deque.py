# keelback-error: not supported yet: importing 'deque' from module 'collections'
from collections import deque
q = deque([1, 2])
print(q.popleft())
