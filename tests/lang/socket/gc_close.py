# sockets dropped without close() are closed when collected (CPython: at
# once by refcounting; ftpy: by the collector's finalizer)
import gc, os, socket

def nfds():
    return len(os.listdir('/proc/self/fd'))

def make():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    return s.fileno() >= 0

def pairs(k):
    for _ in range(k):
        a, b = socket.socketpair()
        f = a.makefile('rwb')
        b.sendall(b'x\n')
        f.readline()

base = nfds()
print(all(make() for _ in range(500)))
gc.collect()
gc.collect()
print('sockets freed', nfds() - base < 50)
pairs(300)
gc.collect()
gc.collect()
print('pairs freed', nfds() - base < 50)
s = socket.socket()
fd = s.fileno()
s.detach()
del s
gc.collect()
print('detached fd stays open', os.fstat(fd) is not None)
os.close(fd)
