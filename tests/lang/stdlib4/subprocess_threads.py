# 8 threads run subprocesses concurrently while another thread allocates
# (forcing collections): fork/exec, waitpid and pipe reads must all run
# detached without stalling or corrupting one another.
import subprocess, sys, threading, gc

N_THREADS = 8
ROUNDS = 6
results = {}
errors = []
lock = threading.Lock()
stop = threading.Event()

def worker(i):
    try:
        out = []
        for r in range(ROUNDS):
            cp = subprocess.run(["sh", "-c", "echo t%d-r%d; exit %d" % (i, r, r % 3)],
                                capture_output=True, text=True)
            out.append((cp.stdout.strip(), cp.returncode))
            data = ("%d:%d|" % (i, r)) * 5000
            cp = subprocess.run(["cat"], input=data.encode(), capture_output=True)
            out.append(cp.stdout == data.encode())
            try:
                subprocess.run(["nonexistent_xyz_%d" % i])
            except FileNotFoundError:
                out.append("fnf")
            p = subprocess.Popen(["sleep", "5"])
            p.kill()
            out.append(p.wait())
        with lock:
            results[i] = out
    except Exception as e:
        with lock:
            errors.append(repr(e))

def allocator():
    junk = []
    while not stop.is_set():
        junk.append([str(k) for k in range(200)])
        if len(junk) > 200:
            junk.clear()
            gc.collect()

a = threading.Thread(target=allocator)
a.start()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(N_THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
stop.set()
a.join()
print("errors", errors)
print(sorted(results))
ok = True
for i in range(N_THREADS):
    expect = []
    for r in range(ROUNDS):
        expect += [("t%d-r%d" % (i, r), r % 3), True, "fnf", -9]
    if results.get(i) != expect:
        ok = False
        print("mismatch", i, results.get(i))
print("all ok", ok)

# Popen.wait from several threads on the same process: one reaps, all see the code.
p = subprocess.Popen(["sh", "-c", "sleep 0.2; exit 7"])
codes = []
def waiter():
    c = p.wait()
    with lock:
        codes.append(c)
ws = [threading.Thread(target=waiter) for _ in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(codes)
