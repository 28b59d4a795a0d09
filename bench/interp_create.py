# interp_create.py [N] -- cost of creating, using and closing an interpreter.
# Prints the median of N create() / exec("x = 1") / close() timings in
# microseconds. CPython 3.14 needs ~10-50 ms per interpreter (the article);
# run this with ftpy (CPython 3.13 has no concurrent.interpreters).
import statistics
import sys
import time
from concurrent import interpreters

n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
create, run, close = [], [], []
for _ in range(n):
    t0 = time.perf_counter()
    it = interpreters.create()
    t1 = time.perf_counter()
    it.exec("x = 1")
    t2 = time.perf_counter()
    it.close()
    t3 = time.perf_counter()
    create.append(t1 - t0)
    run.append(t2 - t1)
    close.append(t3 - t2)
print("interpreters=%d create_us=%.1f first_exec_us=%.1f close_us=%.1f" % (
    n, statistics.median(create) * 1e6, statistics.median(run) * 1e6, statistics.median(close) * 1e6))
