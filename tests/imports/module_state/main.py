# `import m` sees m's globals as they change; `from m import x` copies the
# value at import time.
import counter
from counter import count, history, bump
bump()
bump(5)
print(counter.count, count, history, counter.history is history)
counter.count = 100
print(bump(), counter.count)
counter.reset()
print(counter.count, len(history))
