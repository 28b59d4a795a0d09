import logging, logging.handlers, threading, os, io, queue

FN = "_threads.log"
fh = logging.FileHandler(FN, mode="w")
fh.setFormatter(logging.Formatter("%(threadName)s|%(name)s|%(message)s"))
root = logging.getLogger("mt")
root.setLevel(logging.DEBUG)
root.addHandler(fh)
root.propagate = False

N, PER = 8, 300
barrier = threading.Barrier(N)
def work(k):
    lg = logging.getLogger("mt.worker%d" % k)   # concurrent logger creation
    ad = logging.LoggerAdapter(lg, {"k": k})
    barrier.wait()
    for i in range(PER):
        if i % 3 == 0:
            ad.info("adapter line %d of %d", i, k)
        else:
            lg.debug("line %d of %d %s", i, k, "x" * (i % 17))
        if i == PER // 2:
            lg.setLevel(logging.DEBUG)      # cache invalidation while others log
ts = [threading.Thread(target=work, args=(k,), name="W%d" % k) for k in range(N)]
for t in ts: t.start()
for t in ts: t.join()
fh.close()
with open(FN) as f:
    lines = f.read().splitlines()
os.remove(FN)
print(len(lines), len(lines) == N * PER)
ok = 0
per_thread = {}
for l in lines:
    tname, lname, msg = l.split("|")
    parts = msg.split()
    k = int(parts[-1] if msg.startswith("adapter") else parts[3])
    if tname == "W%d" % k and lname == "mt.worker%d" % k:
        ok += 1
    per_thread.setdefault(k, []).append(int(parts[2] if msg.startswith("adapter") else parts[1]))
print(ok == len(lines), all(v == list(range(PER)) for v in per_thread.values()), sorted(per_thread))
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("mt.")))

# QueueHandler fan-in from many threads
q = queue.SimpleQueue() if hasattr(queue, "SimpleQueue") else queue.Queue()
out = io.StringIO()
sh = logging.StreamHandler(out)
sh.setFormatter(logging.Formatter("%(message)s"))
lst = logging.handlers.QueueListener(q, sh)
qlog = logging.getLogger("qfan"); qlog.propagate = False
qlog.addHandler(logging.handlers.QueueHandler(q))
lst.start()
def produce(k):
    for i in range(100):
        qlog.warning("p%d-%d", k, i)
ps = [threading.Thread(target=produce, args=(k,)) for k in range(6)]
for t in ps: t.start()
for t in ps: t.join()
lst.stop()
got = out.getvalue().splitlines()
print(len(got), sorted(set(g.split("-")[0] for g in got)))
for k in range(6):
    seq = [int(g.split("-")[1]) for g in got if g.startswith("p%d-" % k)]
    assert seq == list(range(100)), k
print("per-producer order kept")
