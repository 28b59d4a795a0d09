def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b"hello")
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m.hex(), m.contiguous)
print(m[1:3].tobytes(), m[::-1].tobytes(), m[::2].tolist(), m[::2].strides, m[::2].contiguous, bytes(m[1:]), m[4:1:-1].tobytes())
print(m == b"hello", m == bytearray(b"hello"), m[1:3] == b"el", m == m, m != b"x", m == "hello", hash(m) == hash(b"hello"))
print(list(m), list(m[::2]), b"".join([m[0:1], m[4:]]))
ba = bytearray(b"abcdef")
mv = memoryview(ba)
print(mv.readonly, mv[0])
mv[0] = 65; mv[1:3] = b"BC"; mv[-1] = 70
print(ba)
sub = mv[::2]
sub[0] = 120
print(ba, sub.tobytes(), sub.tolist())
err(lambda: ba.append(1))
err(lambda: ba.extend(b"xx"))
err(lambda: ba.pop())
def f():
    del ba[0]
err(f)
ba[0] = 97
print(ba)
mv.release(); sub.release()
ba.append(33)
print(ba, mv.released if hasattr(mv, "released") else None)
err(lambda: mv[0])
err(lambda: mv.tobytes())
err(lambda: len(mv))
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes())
err(lambda: cm.tolist())
c = memoryview(b"abc").cast("c")
print(c.format, c.tolist(), c[0], c[1:].tolist())
sb = memoryview(b"\xff\x01\x80").cast("b")
print(sb.tolist(), sb[0], sb.format)
print(memoryview(b"ab").cast("B").tolist(), memoryview(b"ab").toreadonly().readonly, memoryview(bytearray(b"w")).toreadonly().readonly)
print(memoryview(memoryview(b"nested")).tobytes())
err(lambda: memoryview("abc"))
err(lambda: memoryview(1))
err(lambda: memoryview(b"abc")[5])
err(lambda: memoryview(b"abc")["a"])
def g1():
    memoryview(b"abc")[0] = 1
err(g1)
def g2():
    memoryview(bytearray(b"abc"))[0] = 256
err(g2)
def g3():
    memoryview(bytearray(b"abc"))[0] = b"a"
err(g3)
def g4():
    memoryview(bytearray(b"abc"))[0:2] = b"xyz"
err(g4)
def g5():
    del memoryview(bytearray(b"abc"))[0]
err(g5)
err(lambda: memoryview(bytearray(b"abcdef"))[::2].cast("c"))
err(lambda: memoryview(b"abc").cast("xx"))
err(lambda: hash(memoryview(bytearray(b"a"))))
def g6():
    m = memoryview(bytearray(b"abc")).cast("c"); m[0] = b"z"; return m.tobytes()
err(g6)
def g7():
    m = memoryview(bytearray(b"abc")).cast("c"); m[0] = 1
err(g7)
def g8():
    m = memoryview(bytearray(b"abc")).cast("b"); m[0] = -1; return m.obj
err(g8)
def g9():
    m = memoryview(bytearray(b"abc")).cast("b"); m[0] = 128
err(g9)
print(bytes(memoryview(b"abcdef")[1::2]), bytearray(memoryview(b"xy")), b"-".join([memoryview(b"a")]))
