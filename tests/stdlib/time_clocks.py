# also-build
# time's clocks: types and ordering only (their values differ per run).
import time
from time import sleep, time_ns, monotonic_ns

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.perf_counter_ns()
c0 = time.process_time()
sleep(0.01)
time.sleep(0)
print(type(t0).__name__, type(p0).__name__, type(n0).__name__, type(time_ns()).__name__, type(c0).__name__)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.01, time.monotonic() >= m0 + 0.005)
print(time.perf_counter_ns() - n0 >= 10_000_000, monotonic_ns() > 0, time.process_time_ns() >= 0)
print(time_ns() // 1_000_000_000 - int(t0) in (0, 1), time.thread_time() >= 0.0)
s = 0
for i in range(100000):
    s += i
print(s, time.process_time() >= c0)
time.sleep(-1)
