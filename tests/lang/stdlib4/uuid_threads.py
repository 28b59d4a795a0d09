# uuid1/uuid4 from 8 threads at once: every value distinct, every uuid1
# timestamp distinct (the generator's last-timestamp state is shared).
import threading, uuid

N, PER = 8, 400
out = [None] * N

def work(i):
    mine = []
    for _ in range(PER):
        mine.append(uuid.uuid1())
        mine.append(uuid.uuid4())
    out[i] = mine

ts = [threading.Thread(target=work, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allu = [u for lst in out for u in lst]
print(len(allu), len(set(allu)) == len(allu))
v1 = [u for u in allu if u.version == 1]
v4 = [u for u in allu if u.version == 4]
print(len(v1), len(v4), len(set(u.time for u in v1)) == len(v1))
print(all(u.variant == uuid.RFC_4122 for u in allu))
print(len(set(u.node for u in v1)))
print(all(str(uuid.UUID(str(u))) == str(u) for u in allu[:100]))
# per-thread uuid1 timestamps increase
print(all(all(a.time < b.time for a, b in zip(lst[0::2], lst[2::2])) for lst in out))
