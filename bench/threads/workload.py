# workload.py KIND NTHREADS ITERATIONS -- one measurement for run_threads.py.
# KIND "hash": the article's loop (hashlib.sha256(data).hexdigest());
# KIND "pure": pure-Python integer work. Each thread does ITERATIONS units.
# Prints "wall=<s> cpu=<s>" (process CPU time across all threads).
import hashlib
import sys
import threading
import time

kind, nthreads, iterations = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])


def hash_work(n):
    data = b"Python 3.14 benchmark"
    for _ in range(n):
        hashlib.sha256(data).hexdigest()


def pure_work(n):
    total = 0
    for i in range(n):
        total += (i * i) % 7 ^ (i >> 2)
    return total


target = hash_work if kind == "hash" else pure_work
threads = [threading.Thread(target=target, args=(iterations,)) for _ in range(nthreads)]
w0 = time.perf_counter()
c0 = time.process_time()
for t in threads:
    t.start()
for t in threads:
    t.join()
print("wall=%.6f cpu=%.6f" % (time.perf_counter() - w0, time.process_time() - c0))
