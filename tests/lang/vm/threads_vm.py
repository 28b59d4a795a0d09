import _thread, time
def gen():
    while True:
        x = 0
        for i in range(200):
            x += i
        yield x
g = gen()
errors = []
done = []
lock = _thread.allocate_lock()
def worker():
    n = 0
    for i in range(3000):
        try:
            v = next(g)
            assert v == 19900
            n += 1
        except ValueError as e:
            with lock:
                errors.append(str(e))
    with lock:
        done.append(n)
for i in range(4):
    _thread.start_new_thread(worker, ())
while len(done) < 4:
    time.sleep(0.01)
print(sum(done) + len(errors) == 12000, set(errors) <= {"generator already executing"})

# shared closures and functions across threads
counter = [0]
def make():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
incs = make()
fin = []
def w2():
    for i in range(10000):
        incs()
        fib(5)
    with lock:
        fin.append(1)
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
for i in range(4):
    _thread.start_new_thread(w2, ())
while len(fin) < 4:
    time.sleep(0.01)
print(incs() <= 40001)
# exceptions in threads with tracebacks
res = []
def w3(k):
    for i in range(2000):
        try:
            raise KeyError(k, i)
        except KeyError as e:
            assert e.args == (k, i)
            assert e.__context__ is None, e.__context__
    with lock:
        res.append(k)
for k in range(4):
    _thread.start_new_thread(w3, (k,))
while len(res) < 4:
    time.sleep(0.01)
print(sorted(res))
