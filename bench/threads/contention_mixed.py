# contention_mixed.py KIND NTHREADS ITERS WORK -- shared-object use mixed with private work.
# Each thread runs ITERS iterations of: WORK steps of private arithmetic, then
# one operation on a shared object. Guards against a contention policy that
# helps the pure hammering case (WORK=0) but hurts threads that mostly work
# alone and only sometimes touch shared state.
#   append   shared_list.append(x)           (results collection)
#   dictinc  d[k] = d.get(k, 0) + 1          (shared tally)
#   queue    producer/consumer pairs through one queue.Queue
# Prints "wall=<s> cpu=<s> ops=<total iterations>".
import queue
import sys
import threading
import time

kind, nthreads, iters, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
shared_list = []
shared_dict = {}
q = queue.Queue()


def private(n, x):
    for j in range(n):
        x = (x * 31 + j) & 0xFFFF
    return x


def append_work(seed):
    x = seed
    lst = shared_list
    for _ in range(iters):
        x = private(work, x)
        lst.append(x)


def dictinc_work(seed):
    x = seed
    d = shared_dict
    for i in range(iters):
        x = private(work, x)
        k = (i + seed) & 63
        d[k] = d.get(k, 0) + 1


def queue_work(seed):
    x = seed
    if seed % 2 == 0:
        for _ in range(iters):
            x = private(work, x)
            q.put(x)
    else:
        for _ in range(iters):
            q.get()
            x = private(work, x)


target = {"append": append_work, "dictinc": dictinc_work, "queue": queue_work}[kind]
if kind == "queue" and nthreads % 2:
    sys.exit("queue needs an even number of threads")
barrier = threading.Barrier(nthreads + 1)


def run(seed):
    barrier.wait()
    target(seed)


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
if kind == "append" and len(shared_list) != nthreads * iters:
    sys.exit("lost appends: %d != %d" % (len(shared_list), nthreads * iters))
print("wall=%.6f cpu=%.6f ops=%d" % (wall, cpu, nthreads * iters))
