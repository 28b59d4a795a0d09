# gc_pause.py [NTHREADS] [SECONDS] -- collection pauses while threads allocate.
# NTHREADS threads build and drop trees of small objects (lists, dicts,
# tuples, instances, with cycles) for SECONDS; one more thread sits in a
# blocking sleep the whole time (a pause must not wait for it). Prints the
# collector's own figures (gc._ftpy_stats: ftpy only) and the throughput.
# Usage: ftpy bench/threads/gc_pause.py 8 5
import gc
import sys
import threading
import time

nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 8
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0


class Node:
    def __init__(self, parent, depth):
        self.parent = parent          # a cycle with the parent's children list
        self.children = []
        self.data = {"depth": depth, "tag": (depth, "n")}


def build(depth, parent=None):
    n = Node(parent, depth)
    if depth:
        for _ in range(3):
            n.children.append(build(depth - 1, n))
    return n


stop = time.monotonic() + seconds
counts = [0] * nthreads


def worker(i):
    keep = []
    while time.monotonic() < stop:
        keep.append(build(5))        # 364 nodes, ~1500 objects
        if len(keep) > 20:
            keep.pop(0)
        counts[i] += 1


sleeper = threading.Thread(target=time.sleep, args=(seconds + 0.5,), daemon=True)
sleeper.start()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(nthreads)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - t0
trees = sum(counts)
print("threads=%d seconds=%.1f trees=%d trees_per_s=%.0f" % (nthreads, wall, trees, trees / wall))
stats = getattr(gc, "_ftpy_stats", None)
if stats:
    s = stats()
    n = s["collections"]
    print("collections=%d max_pause_ms=%.2f mean_pause_ms=%.2f heap_mb=%.1f" % (
        n, s["max_pause_ns"] / 1e6, (s["total_pause_ns"] / n / 1e6) if n else 0.0,
        s["heap_bytes"] / 2**20))
    if n:
        print("per pause: stop-the-world wait mean %.2f ms (max %.2f), mark %.2f ms, sweep %.2f ms" % (
            s["total_stop_ns"] / n / 1e6, s["max_stop_ns"] / 1e6,
            s["total_mark_ns"] / n / 1e6, s["total_sweep_ns"] / n / 1e6))
