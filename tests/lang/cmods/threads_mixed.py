import threading, zlib, gzip, io
from array import array

# readers iterate, slice, compare and repr while writers grow and shrink
a = array('d', [0.0] * 100)
stop = threading.Event()
errors = []
def writer(k):
    for i in range(400):
        a.append(float(k))
        a.insert(0, -1.0)
        del a[0]
        a[50:52] = array('d', [1.0, 2.0])
        a.pop()
def reader(k):
    n = 0
    while not stop.is_set() or n < 5:
        n += 1
        try:
            s = sum(x for x in a)
            b = a[::3]
            assert len(repr(a[:3])) > 0
            assert a == a
            assert a.count(-5.0) == 0
            list(iter(a))
        except Exception as e:
            errors.append(repr(e))
ws = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
rs = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
for t in ws + rs: t.start()
for t in ws: t.join()
stop.set()
for t in rs: t.join()
print(len(a), errors, a[50:52])

# copy() of a shared compressobj while other threads keep compressing
c = zlib.compressobj(1)
copies = []
lock = threading.Lock()
def feeder(k):
    for i in range(200):
        c.compress(b'%d-%d;' % (k, i) * 20)
        if i % 50 == 0:
            cp = c.copy()
            with lock:
                copies.append(cp)
ts = [threading.Thread(target=feeder, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
tail = c.flush()
print(len(copies), all(len(cp.flush()) > 0 for cp in copies))
for cp in copies:
    try:
        cp.copy()
    except ValueError as e:
        print('copy after finish:', e)
        break

# threads each gzip and gunzip their own data, sharing nothing but the modules
results = [None] * 8
def gz(k):
    data = bytes([k]) * 50000 + b'end%d' % k
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
        for i in range(0, len(data), 7000):
            f.write(data[i:i + 7000])
    raw = buf.getvalue()
    same = raw == gzip.compress(data, mtime=0)
    back = gzip.GzipFile(fileobj=io.BytesIO(raw)).read()
    results[k] = (same, back == data, zlib.crc32(back))
ts = [threading.Thread(target=gz, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(results)

# one array shared by 8 threads doing in-place arithmetic-style updates under a lock-free API
counts = array('q', [0] * 8)
def bump(k):
    for i in range(1000):
        counts[k] = counts[k] + 1
ts = [threading.Thread(target=bump, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(counts.tolist())
