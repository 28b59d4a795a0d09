import threading, zlib
from array import array

# 8 threads append to / extend / pop from one shared array
a = array('q')
N = 2000
def worker(k):
    global a
    for i in range(N):
        if i % 3 == 0:
            a.append(k * N + i)
        elif i % 3 == 1:
            a.extend([k * N + i])
        else:
            a += array('q', [k * N + i])
ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(a), sorted(a) == list(range(8 * N)))

# concurrent slice assignment / reads keep the array consistent
b = array('i', range(1000))
def slicer(k):
    for i in range(300):
        b[10:20] = array('i', [k] * 10)
        s = b[:]
        assert len(s) == 1000
        assert b.count(-5) == 0 and 999 in b
        x = b[500]
ts = [threading.Thread(target=slicer, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(b), len(set(b[10:20])), b[:10].tolist(), b[20:25].tolist())

# 8 threads feed one compressobj; each chunk is compressed whole
c = zlib.compressobj(6)
chunks = []
lock = threading.Lock()
payload = [bytes([65 + k]) * 1000 for k in range(8)]
def comp(k):
    for i in range(25):
        out = c.compress(payload[k])
        with lock:
            chunks.append(out)
ts = [threading.Thread(target=comp, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
chunks.append(c.flush())
data = zlib.decompress(b''.join(chunks))
freq = {}
for x in data:
    freq[x] = freq.get(x, 0) + 1
print(len(data), sorted(freq.items()))

# 8 threads share one decompressobj on independent chunks of one stream
big = bytes(range(256)) * 4000
z = zlib.compress(big)
d = zlib.decompressobj()
pieces = [z[i:i + 4096] for i in range(0, len(z), 4096)]
order = []
def decomp(k):
    while True:
        with lock:
            if not pieces:
                return
            p = pieces.pop(0)
            order.append(d.decompress(p))
ts = [threading.Thread(target=decomp, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(b''.join(order) == big, d.eof)

# checksums and one-shot calls in parallel (big inputs run detached)
res = [None] * 8
def sums(k):
    blob = bytes([k]) * 300000
    r = []
    for i in range(5):
        r.append((zlib.crc32(blob), zlib.adler32(blob), len(zlib.decompress(zlib.compress(blob, 1)))))
    res[k] = r[0] if all(x == r[0] for x in r) else None
ts = [threading.Thread(target=sums, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(res)
