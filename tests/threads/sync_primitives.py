# Producer/consumer with Queue and Condition; semaphores bound
# concurrency; RLock reentrancy; Event fan-out; every count checked.
import threading
import queue

q = queue.Queue(maxsize=50)
N_PRODUCERS, N_CONSUMERS, ITEMS = 4, 4, 2000
consumed = []
consumed_lock = threading.Lock()


def producer(p):
    for i in range(ITEMS):
        q.put((p, i))


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with consumed_lock:
            consumed.append(item)
        q.task_done()


producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
consumers = [threading.Thread(target=consumer) for _ in range(N_CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
q.join()
for t in consumers:
    t.join()
print("queue items:", sorted(consumed) == sorted((p, i) for p in range(N_PRODUCERS) for i in range(ITEMS)))

sem = threading.BoundedSemaphore(3)
active = [0]
peak = [0]
alock = threading.Lock()


def limited():
    for _ in range(200):
        with sem:
            with alock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            with alock:
                active[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore bound:", peak[0] <= 3, active[0] == 0)

rl = threading.RLock()


def reentrant(depth):
    with rl:
        return depth if depth == 0 else reentrant(depth - 1) + 1


results = []
ts = [threading.Thread(target=lambda: results.append(reentrant(20))) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("rlock:", results == [20] * 6)

cond = threading.Condition()
ready = []


def waiter(k):
    with cond:
        cond.wait_for(lambda: len(ready) > 0)
        ready.append(k)


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
with cond:
    ready.append("go")
    cond.notify_all()
for t in ts:
    t.join()
print("condition:", sorted(ready[1:]) == list(range(5)))
ev = threading.Event()
hits = []
ts = [threading.Thread(target=lambda: (ev.wait(), hits.append(1))) for _ in range(10)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print("event:", len(hits) == 10)
