# gc_mark.py [TREES] -- marking time alone: TREES trees (default 160, ~40 MB) kept
# live in shuffled order, then 10 gc.collect(); prints the mean mark time (ftpy only).
# Compare FTPY_GC_THREADS=1 (one marker) with the default (one per CPU).
import gc, sys
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
keep = [build(5) for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 160)]
import random
random.seed(1)
random.shuffle(keep)
gc.collect()
s0 = gc._ftpy_stats()
for _ in range(10):
    gc.collect()
s = gc._ftpy_stats()
n = s["collections"] - s0["collections"]
print("live_mb=%.1f mark_ms=%.2f pause_ms=%.2f" % (s["live_bytes_after_last"]/2**20, (s["total_mark_ns"]-s0["total_mark_ns"])/n/1e6, (s["total_pause_ns"]-s0["total_pause_ns"])/n/1e6))
