# Python 3.14 API (concurrent.interpreters / InterpreterPoolExecutor). CPython 3.13 lacks it,
# so X.exp was produced by ftpy and checked by hand against the 3.14 docs; results are
# also compared with direct in-process computation where possible.
# Several threads, each driving its own interpreter at the same time, with
# garbage collection running underneath; then many create/close cycles.
import gc
import threading
from concurrent import interpreters

def work(seed):
    total = 0
    junk = []
    for i in range(20000):
        total = (total * 31 + i + seed) % 1000003
        junk.append([i, {"k": i}])
        if len(junk) > 100:
            junk = []
    return total

expected = [work(s) for s in range(6)]
results = [None] * 6

def run(i):
    it = interpreters.create()
    results[i] = it.call(work, i)
    it.close()

threads = [threading.Thread(target=run, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results == expected)

for i in range(100):
    it = interpreters.create()
    it.exec("import json\nx = json.dumps({'i': %d})" % i)
    it.close()
gc.collect()
print(len(interpreters.list_all()))
