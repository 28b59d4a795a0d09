import select, os, time

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

r, w = os.pipe()
print(select.select([r], [], [], 0))
print(select.select([r], [w], [], 0))
os.write(w, b"x")
print(select.select([r], [], [], 0))
print(select.select([r], [], [], None) == ([r], [], []))
os.read(r, 1)

class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
fr = F(r)
os.write(w, b"y")
rl, wl, xl = select.select([fr], [F(w)], [], 0.5)
print(rl == [fr], len(wl), xl)
os.read(r, 1)
t0 = time.monotonic()
print(select.select([r], [], [], 0.2), time.monotonic() - t0 >= 0.15)
t(lambda: select.select([r], [], [], -1))
t(lambda: select.select([-1], [], [], 0))
t(lambda: select.select(["x"], [], [], 0))
t(lambda: select.select([r], [], [], "a"))
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)))
os.write(w, b"z")
print(sorted(p.poll(100)))
p.modify(w, select.POLLIN)
print(sorted(p.poll(0)))
p.unregister(w)
print(p.poll(0))
t(lambda: p.unregister(w))
t(lambda: p.modify(w, select.POLLIN))
os.read(r, 1)
t0 = time.monotonic()
print(p.poll(150), time.monotonic() - t0 >= 0.1)
os.close(w)
print(p.poll(0) == [(r, select.POLLHUP)])
print(select.select([r], [], [], 0)[0] == [r], os.read(r, 10))
os.close(r)
print(select.POLLIN, select.POLLOUT, select.POLLPRI, select.POLLERR, select.POLLHUP, select.POLLNVAL)
print(select.error is OSError)
