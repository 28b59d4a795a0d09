# Many threads mutate shared builtin containers with no user locks: every
# single operation must be atomic, so no append, key or element is lost.
import threading

N_THREADS = 8
N_OPS = 3000

shared_list = []
shared_dict = {}
shared_set = set()
counters = {"hits": 0}
barrier = threading.Barrier(N_THREADS)


def worker(tid):
    barrier.wait()
    for i in range(N_OPS):
        shared_list.append((tid, i))
        shared_dict[(tid, i)] = i
        shared_set.add(tid * N_OPS + i)
        if i % 3 == 0:
            shared_dict.pop((tid, i))
        if i % 5 == 0:
            shared_set.discard(tid * N_OPS + i)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("list length ok:", len(shared_list) == N_THREADS * N_OPS)
print("list items unique:", len(set(shared_list)) == N_THREADS * N_OPS)
expected_dict = N_THREADS * (N_OPS - len(range(0, N_OPS, 3)))
print("dict size ok:", len(shared_dict) == expected_dict)
expected_set = N_THREADS * (N_OPS - len(range(0, N_OPS, 5)))
print("set size ok:", len(shared_set) == expected_set)
per_thread = {}
for tid, i in shared_list:
    per_thread.setdefault(tid, []).append(i)
print("per-thread order kept:", all(v == list(range(N_OPS)) for v in per_thread.values()))

# pops from a shared list: every element popped exactly once
pool = list(range(20000))
popped = [[] for _ in range(N_THREADS)]


def popper(k):
    out = popped[k]
    while True:
        try:
            out.append(pool.pop())
        except IndexError:
            return


threads = [threading.Thread(target=popper, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
flat = sorted(x for lst in popped for x in lst)
print("pops exact:", flat == list(range(20000)))
