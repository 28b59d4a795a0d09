data = bytearray(range(20))
m = memoryview(data)
s1 = m[2:18]
s2 = s1[::3]
s3 = s2[::-1]
print(s1.tolist()[:5], s2.tolist(), s3.tolist(), s2.strides, s3.strides, len(s3), s3.nbytes, s3.obj is data)
s3[0] = 200
print(data[17], s2[-1], s1[15])
print(m[5:10].hex(), m[5:10].hex("-"), m[::5].hex(":", 1), m[::-7].tobytes())
print(m[1:4] == bytes([1, 2, 3]), m[1:4] == m[1:4], m[1:4] == m[2:5], m[::2] == bytes(data[::2]))
c = m.cast("c")
print(c[0], c[-1], c[3:6].tolist(), c.format)
b = m.cast("b")
data[0] = 255
print(b[0], m[0], b.tolist()[:3])
r = m.toreadonly()
print(r.readonly, r[1], hash(memoryview(b"xyz")) == hash(b"xyz"))
try:
    r[0] = 1
except TypeError as e:
    print(e)
views = [memoryview(data) for _ in range(1)] if False else [memoryview(data), memoryview(data)[1:]]
try:
    data.extend(b"x")
except BufferError as e:
    print("BufferError", e)
for v in views:
    v.release()
m.release(); s1.release(); s2.release(); s3.release(); c.release(); b.release(); r.release()
data.extend(b"ok")
print(len(data), data[-2:])
with memoryview(b"abc") as mm:
    print(mm[1], bytes(mm), mm.tolist())
print(memoryview(b"").tolist(), memoryview(b"").tobytes(), len(memoryview(b"")), memoryview(b"ab").tobytes(order=None))
e = memoryview(b"abc")
e.release()
e.release()
try:
    e.nbytes
except ValueError as ex:
    print(ex)
print("released" in repr(e), repr(memoryview(b""))[:8])
# temporary views must not pin the bytearray's size
buf = bytearray(b"0123456789")
for i in range(50):
    chunk = bytes(memoryview(buf)[i % 5:i % 5 + 3])
    buf.append(0x41 + i % 26)
    memoryview(buf)[0] = 0x30 + i % 10
print(len(buf), buf[:12], chunk)
live = memoryview(buf)
try:
    buf.append(1)
except BufferError as e:
    print("live view:", e)
live.release()
buf.append(1)
print(len(buf))
