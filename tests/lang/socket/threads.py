# many threads doing socket I/O at once: a threaded echo server, clients in
# parallel, one socket shared by several threads, blocking recv in threads
# while the main thread allocates (GC pauses must not wait for them)
import socket, threading, gc

srv = socket.create_server(('127.0.0.1', 0), backlog=64)
port = srv.getsockname()[1]
stop = False

def handler(conn):
    with conn:
        f = conn.makefile('rwb')
        for line in f:
            f.write(b'echo:' + line)
            f.flush()
        f.close()

def acceptor():
    while True:
        conn, _ = srv.accept()
        if stop:
            conn.close()
            break
        threading.Thread(target=handler, args=(conn,), daemon=True).start()

acc = threading.Thread(target=acceptor)
acc.start()

results = {}
lock = threading.Lock()

def client(i):
    with socket.create_connection(('127.0.0.1', port)) as c:
        f = c.makefile('rwb')
        ok = 0
        for j in range(50):
            msg = b'%d-%d\n' % (i, j)
            f.write(msg)
            f.flush()
            if f.readline() == b'echo:' + msg:
                ok += 1
        f.close()
    with lock:
        results[i] = ok

clients = [threading.Thread(target=client, args=(i,)) for i in range(8)]
for t in clients: t.start()
junk = []
for k in range(20000):           # allocation pressure while threads block in recv
    junk.append([k] * 3)
    if len(junk) > 2000:
        junk.clear()
gc.collect()
for t in clients: t.join()
print(sorted(results.items()))
stop = True
socket.create_connection(('127.0.0.1', port)).close()
acc.join()
srv.close()

# one socket pair shared: several writers on one end, one reader on the other
a, b = socket.socketpair()
N, W = 300, 4
def writer(tag):
    for i in range(N):
        a.sendall(b'%c%04d' % (tag, i))
ws = [threading.Thread(target=writer, args=(65 + k,)) for k in range(W)]
for t in ws: t.start()
got = bytearray()
while len(got) < N * W * 5:
    got += b.recv(4096)
for t in ws: t.join()
recs = [bytes(got[i:i + 5]) for i in range(0, len(got), 5)]
print(len(recs), all(r[:1] in b'ABCD' and r[1:].isdigit() for r in recs))
for k in range(W):
    seq = [int(r[1:]) for r in recs if r[0] == 65 + k]
    print(chr(65 + k), seq == list(range(N)))

# threads blocked in recv are released by data, and by shutdown
pairs = [socket.socketpair() for _ in range(4)]
out = []
def blocked(s, i):
    data = s.recv(100)
    with lock:
        out.append((i, data))
ts = [threading.Thread(target=blocked, args=(p[1], i)) for i, p in enumerate(pairs)]
for t in ts: t.start()
gc.collect()
for i, (x, y) in enumerate(pairs):
    if i % 2:
        x.send(b'wake %d' % i)
    else:
        x.shutdown(socket.SHUT_WR)
for t in ts: t.join()
print(sorted(out))
for x, y in pairs:
    x.close(); y.close()

# concurrent close of a socket another thread is using: no crash
for _ in range(20):
    x, y = socket.socketpair()
    y.settimeout(0.5)
    def reader():
        try:
            y.recv(10)
        except OSError:
            pass
    t = threading.Thread(target=reader)
    t.start()
    x.close()
    t.join()
    y.close()
print('close race done')
