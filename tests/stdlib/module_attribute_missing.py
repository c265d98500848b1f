import time
print(type(time.monotonic()).__name__)
print(time.no_such_clock)
