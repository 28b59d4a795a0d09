# GC stress: many threads make cyclic garbage guarded by weak references
# (with callbacks) and finalizers (__del__), some force collections, while
# readers walk shared structures. Checks: readers always see intact data;
# weak references to live objects never clear; every finalizer sees its
# object's contents intact and runs at most once; callbacks run at most
# once per reference; nearly all garbage is finalized (a conservative stack
# scan may keep an odd object a little longer, so the count is a bound).
import gc
import sys
import threading
import weakref

NMAKERS = 5
ROUNDS = 400
CYCLE = 12

errors = []
finalized = []          # ids of finalized objects (list.append is atomic)
callbacks = []          # ids of weakrefs whose callback ran
created = [0] * NMAKERS
refs_kept = []          # weakrefs with callbacks stay alive so callbacks fire


class Part:
    """A member of a garbage cycle; has a finalizer that checks itself."""

    def __init__(self, ident, nxt):
        self.ident = ident
        self.nxt = nxt
        self.payload = [ident] * 5
        self.table = {"id": ident, "sq": ident * ident, "t": (ident, str(ident))}

    def __del__(self):
        ok = (self.payload == [self.ident] * 5 and self.table["sq"] == self.ident * self.ident
              and self.table["t"] == (self.ident, str(self.ident)))
        if not ok:
            errors.append(("finalizer saw damage", self.ident))
        finalized.append(self.ident)


class Plain:
    def __init__(self, v):
        self.v = v
        self.me = self          # self-cycle: only a tracing collector frees it


def on_dead(wr):
    callbacks.append(id(wr))


shared_dict = {i: (i, [i, i + 1, i + 2], str(i)) for i in range(400)}
shared_list = [[k] * 8 for k in range(3000)]
big = [(i, str(i)) for i in range(100000)]   # a live heap worth marking
stop = threading.Event()


def check_shared():
    for k in range(0, 400, 3):
        t = shared_dict[k]
        if t[0] != k or t[1] != [k, k + 1, k + 2] or t[2] != str(k):
            errors.append(("shared dict", k))
    total = 0
    for row in shared_list:
        if len(row) != 8 or row.count(row[0]) != 8:
            errors.append(("shared list", row[0]))
        total += row[0]
    if total != sum(range(3000)):
        errors.append(("shared list total", total))


def reader():
    n = 0
    while not stop.is_set():
        check_shared()
        n += 1
        if n % 20 == 0 and (big[n] != (n, str(n)) or len(big) != 100000):
            errors.append(("big", n))


def maker(m):
    live = []            # (object, weakref) pairs that must stay valid
    mine = []
    for r in range(ROUNDS):
        # a ring of finalizable objects, dropped at once
        head = None
        for j in range(CYCLE):
            ident = (m * ROUNDS + r) * CYCLE + j
            head = Part(ident, head)
            created[m] += 1
        tail = head
        while tail.nxt is not None:
            tail = tail.nxt
        tail.nxt = head
        mine.append(weakref.ref(head, on_dead))
        del head, tail
        # self-cycles with plain weakrefs
        for j in range(20):
            p = Plain(j)
            w = weakref.ref(p)
            if w() is not p:
                errors.append(("fresh weakref", m, r))
            if r % 10 == 0 and j == 0:
                live.append((p, w))
        # live objects keep their weakrefs
        for obj, w in live:
            if w() is not obj:
                errors.append(("weakref to a live object cleared", m, r))
        if r % 25 == m % 25:
            gc.collect()
    refs_kept.extend(mine)
    for obj, w in live:
        if w() is not obj or obj.me is not obj:
            errors.append(("live object at end", m))


readers = [threading.Thread(target=reader) for _ in range(2)]
makers = [threading.Thread(target=maker, args=(m,)) for m in range(NMAKERS)]
for t in readers + makers:
    t.start()
for t in makers:
    t.join()
stop.set()
for t in readers:
    t.join()
for _ in range(3):
    gc.collect()
check_shared()

total = sum(created)
print("created", total)
print("errors", errors[:5])
print("no object finalized twice:", len(set(finalized)) == len(finalized))
print("finalized only created ids:", all(0 <= i < total for i in finalized))
print("most garbage finalized:", len(finalized) >= total * 9 // 10)
print("no callback twice:", len(set(callbacks)) == len(callbacks))
print("callbacks only for kept refs:", set(callbacks) <= {id(w) for w in refs_kept})
print("most cycles reported dead:", len(callbacks) >= len(refs_kept) * 9 // 10)
print("dead refs read None:", sum(w() is None for w in refs_kept) >= len(refs_kept) * 9 // 10)
