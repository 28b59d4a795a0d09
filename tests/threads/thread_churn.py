# 10000 threads started and joined (in waves), each leaving a result;
# exceptions raised in threads reach threading.excepthook.
import threading

results = [0] * 10000


def work(i):
    results[i] = i * 2


WAVE = 50
for base in range(0, 10000, WAVE):
    ts = [threading.Thread(target=work, args=(i,)) for i in range(base, base + WAVE)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print("churn results:", results == [i * 2 for i in range(10000)])
print("only main left:", threading.active_count() == 1)

caught = []
hook_lock = threading.Lock()


def hook(args):
    with hook_lock:
        caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook


def fail(k):
    raise ValueError("boom %d" % k)


ts = [threading.Thread(target=fail, args=(k,), name="F%d" % k) for k in range(20)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("excepthook:", sorted(caught) == sorted(("ValueError", "boom %d" % k, "F%d" % k) for k in range(20)))
