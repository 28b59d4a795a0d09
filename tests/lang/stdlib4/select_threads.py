# 8 reader threads block in select.poll()/select.select() on their own pipes
# while writer threads feed them and an allocator forces collections: a
# thread blocked in poll must never stall the collector, and every byte
# must arrive exactly once.
import os, select, threading, gc, time

N, MSGS = 8, 50
received = [None] * N
stop = threading.Event()

def reader(i, r, use_poll):
    got = []
    if use_poll:
        p = select.poll()
        p.register(r, select.POLLIN)
    while True:
        if use_poll:
            ready = p.poll(5000)
            ok = bool(ready)
        else:
            ok = bool(select.select([r], [], [], 5.0)[0])
        if not ok:
            got.append("timeout")
            break
        data = os.read(r, 4096)
        if not data:
            break
        got.append(data)
    received[i] = b"".join(x for x in got if isinstance(x, bytes)), [x for x in got if isinstance(x, str)]

def writer(i, w):
    for k in range(MSGS):
        os.write(w, b"%d:%d;" % (i, k))
        if k % 10 == 0:
            time.sleep(0.001)
    os.close(w)

def allocator():
    while not stop.is_set():
        junk = [[j] * 10 for j in range(2000)]
        gc.collect()

pipes = [os.pipe() for _ in range(N)]
a = threading.Thread(target=allocator)
a.start()
readers = [threading.Thread(target=reader, args=(i, pipes[i][0], i % 2 == 0)) for i in range(N)]
writers = [threading.Thread(target=writer, args=(i, pipes[i][1])) for i in range(N)]
for t in readers + writers:
    t.start()
for t in readers + writers:
    t.join()
stop.set()
a.join()
for r, w in pipes:
    os.close(r)
ok = all(received[i][0] == b"".join(b"%d:%d;" % (i, k) for k in range(MSGS)) and not received[i][1]
         for i in range(N))
print("all received", ok)
