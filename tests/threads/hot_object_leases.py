# Hot shared objects: several threads hammer one list / dict / instance so
# that the runtime leases the object to one thread at a time (see
# src/sync/objlock.c). Checks that nothing is lost or duplicated through
# lease grants, rotations and take-overs, that a lease holder that blocks
# (sleep, lock wait, queue wait) never stalls the others for long, and that
# objects leave lease mode when the contention ends.
import queue
import threading
import time

N = 4
OPS = 20000


def run_all(target, n=N):
    ts = [threading.Thread(target=target, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


# 1. append/pop hammering: balanced, every pushed value popped exactly once.
lst = []
popped = [[] for _ in range(N)]


def push_pop(i):
    mine = popped[i]
    for k in range(OPS):
        lst.append(i * OPS + k)
        mine.append(lst.pop())


run_all(push_pop)
allv = sorted(v for p in popped for v in p)
print("push/pop balanced:", len(lst) == 0, allv == list(range(N * OPS)))

# 2. dict increments under hammering: a lock-protected total must be exact,
# the racy per-key tally may lose updates but keys stay intact.
d = {k: 0 for k in range(64)}
exact = [0]
lk = threading.Lock()


def tally(i):
    for k in range(OPS):
        key = (k + i) & 63
        d[key] = d.get(key, 0) + 1
        with lk:
            exact[0] += 1


run_all(tally)
print("dict keys intact:", sorted(d) == list(range(64)), 0 < sum(d.values()) <= N * OPS)
print("exact total:", exact[0] == N * OPS)


# 3. instance attribute hammering through setattr on distinct attributes:
# every thread's own attribute must end exact.
class Box:
    pass


box = Box()


def attrs(i):
    name = "a%d" % i
    setattr(box, name, 0)
    for _ in range(OPS):
        setattr(box, name, getattr(box, name) + 1)


run_all(attrs)
print("own attributes exact:", [getattr(box, "a%d" % i) for i in range(N)] == [OPS] * N)

# 4. A thread that hammers a list, then blocks for a while, must not hold
# the others up for more than a short while: they finish their own work on
# the same list long before the sleeper wakes.
shared = []
done_at = {}
start = time.monotonic()


def sleeper(i):
    for k in range(OPS):
        shared.append(k)
        shared.pop()
    time.sleep(1.0)
    shared.append(-1)
    done_at[i] = time.monotonic() - start


def worker(i):
    for k in range(OPS):
        shared.append(k)
        shared.pop()
    done_at[i] = time.monotonic() - start


ts = [threading.Thread(target=sleeper, args=(0,))] + [threading.Thread(target=worker, args=(i,)) for i in range(1, N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("workers finish before sleeper:", all(done_at[i] < done_at[0] for i in range(1, N)))
print("sleeper's append landed:", shared == [-1])

# 5. Producer/consumer through a queue while both also hammer a shared list:
# every item arrives once.
q = queue.Queue()
got = []
side = []


def producer(i):
    for k in range(OPS):
        side.append(k)
        side.pop()
        q.put(k)
    q.put(None)


def consumer(i):
    while True:
        v = q.get()
        if v is None:
            return
        side.append(v)
        side.pop()
        got.append(v)


tp = threading.Thread(target=producer, args=(0,))
tc = threading.Thread(target=consumer, args=(1,))
tp.start()
tc.start()
tp.join()
tc.join()
print("queue items once each:", got == list(range(OPS)), side == [])

# 6. After the hammering, one thread alone uses the objects at full speed
# and sees consistent state.
for k in range(1000):
    lst.append(k)
print("single-thread after leases:", lst == list(range(1000)), lst.pop() == 999)
