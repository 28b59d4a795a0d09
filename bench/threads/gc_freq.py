# gc_freq.py NTHREADS TOTAL_TREES LIVE_TREES -- the same allocation (TOTAL_TREES trees)
# and the same live heap (LIVE_TREES trees) split over NTHREADS threads: the
# number of collections should not depend on NTHREADS (ftpy only: gc._ftpy_stats).
# Usage: ftpy bench/threads/gc_freq.py 8 8000 160
import gc, sys, threading
nthreads = int(sys.argv[1]); total_trees = int(sys.argv[2]); live_trees = int(sys.argv[3])
class Node:
    def __init__(self, parent, depth):
        self.parent = parent
        self.children = []
        self.data = {"depth": depth, "tag": (depth, "n")}
def build(depth, parent=None):
    n = Node(parent, depth)
    if depth:
        for _ in range(3):
            n.children.append(build(depth - 1, n))
    return n
def worker(i):
    keep = []
    for _ in range(total_trees // nthreads):
        keep.append(build(5))
        if len(keep) > live_trees // nthreads:
            keep.pop(0)
before = gc._ftpy_stats()["collections"]
ts = [threading.Thread(target=worker, args=(i,)) for i in range(nthreads)]
for t in ts: t.start()
for t in ts: t.join()
s = gc._ftpy_stats()
print("threads=%d collections=%d live_mb=%.1f heap_mb=%.1f" % (nthreads, s["collections"] - before, s["live_bytes_after_last"] / 2**20, s["heap_bytes"] / 2**20))
