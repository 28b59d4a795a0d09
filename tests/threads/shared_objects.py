# Instance attributes, class attributes and module globals written and
# read from many threads; counters protected by a Lock add up exactly.
import threading

N_THREADS = 8
ROUNDS = 2000


class Account:
    created = 0

    def __init__(self):
        self.balance = 0
        self.history = []


acct = Account()
lock = threading.Lock()
total = 0
seen_types = set()


def worker(tid):
    global total
    local_objs = []
    for i in range(ROUNDS):
        with lock:
            acct.balance += 1
            total += 1
            Account.created += 1
        acct.history.append(i)
        setattr(acct, "attr_%d" % tid, i)
        o = Account()
        o.balance = i
        local_objs.append(o)
        seen_types.add(type(getattr(acct, "attr_%d" % tid)).__name__)
    assert sum(o.balance for o in local_objs) == ROUNDS * (ROUNDS - 1) // 2


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", acct.balance == N_THREADS * ROUNDS)
print("global total:", total == N_THREADS * ROUNDS)
print("class attr:", Account.created == N_THREADS * ROUNDS)
print("history:", len(acct.history) == N_THREADS * ROUNDS)
print("attrs:", sorted(k for k in vars(acct) if k.startswith("attr_")) == ["attr_%d" % t for t in range(N_THREADS)])
print("types:", seen_types)
