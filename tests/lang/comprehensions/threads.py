# The same comprehension code runs in many threads at once: the hidden
# iteration variables live in each thread's own frame.
import threading

def work(tid, out):
    x = 'thread %d' % tid
    total = 0
    for n in range(300):
        total += sum([x * tid for x in range(n % 7)])
        d = {k: k + tid for k in range(3)}
        total += sum(d.values())
    out[tid] = (total, x)

out = {}
threads = [threading.Thread(target=work, args=(i, out)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([out[i] for i in range(6)])

def shared_closures():
    results = []
    lock = threading.Lock()
    def run(k):
        fs = [lambda: (k, i) for i in range(3)]
        vals = [f() for f in fs]
        with lock:
            results.append(vals)
    ts = [threading.Thread(target=run, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(results)

print(shared_closures())

def errors_in_threads():
    res = {}
    def run(k):
        v = 'kept'
        try:
            [1 // (v - k) for v in range(5)]
        except ZeroDivisionError:
            res[k] = v
    ts = [threading.Thread(target=run, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(res.items())

print(errors_in_threads())
