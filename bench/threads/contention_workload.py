# contention_workload.py KIND NTHREADS OPS -- one measurement for run_contention.py.
# Every thread hammers ONE shared object; each does OPS operations:
#   dict     d[k] = d.get(k, 0) + 1 on a shared dict of 256 keys
#   list     append + pop on a shared list
#   counter  obj.n += 1 on a shared instance attribute (racy by design:
#            the count may lose updates, as on CPython, but must not crash)
#   lock     with lock: obj.n += 1 (exact count checked)
# Prints "wall=<s> cpu=<s> ops=<total>".
import sys
import threading
import time

kind, nthreads, ops = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])


class Counter:
    def __init__(self):
        self.n = 0


shared_dict = {i: 0 for i in range(256)}
shared_list = []
counter = Counter()
lock = threading.Lock()


def dict_work(n, seed):
    d = shared_dict
    for i in range(n):
        k = (i + seed) & 255
        d[k] = d.get(k, 0) + 1


def list_work(n, seed):
    lst = shared_list
    for i in range(n):
        lst.append(i)
        lst.pop()


def counter_work(n, seed):
    c = counter
    for _ in range(n):
        c.n += 1


def lock_work(n, seed):
    c = counter
    lk = lock
    for _ in range(n):
        with lk:
            c.n += 1


target = {"dict": dict_work, "list": list_work, "counter": counter_work, "lock": lock_work}[kind]
barrier = threading.Barrier(nthreads + 1)


def run(seed):
    barrier.wait()
    target(ops, seed * 17)


threads = [threading.Thread(target=run, args=(i,)) for i in range(nthreads)]
for t in threads:
    t.start()
w0 = time.perf_counter()
c0 = time.process_time()
barrier.wait()
for t in threads:
    t.join()
wall = time.perf_counter() - w0
cpu = time.process_time() - c0
if kind == "lock" and counter.n != nthreads * ops:
    sys.exit("lost updates under a lock: %d != %d" % (counter.n, nthreads * ops))
if kind == "list" and shared_list:
    sys.exit("list not empty after balanced append/pop")
print("wall=%.6f cpu=%.6f ops=%d" % (wall, cpu, nthreads * ops))
