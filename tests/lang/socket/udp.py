# UDP datagrams on 127.0.0.1
import socket

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b.bind(('127.0.0.1', 0))
pa, pb = a.getsockname()[1], b.getsockname()[1]
print(a.type, a.proto, pa > 0)
print(a.sendto(b'hello', ('127.0.0.1', pb)))
data, addr = b.recvfrom(100)
print(data, addr == ('127.0.0.1', pa))
print(a.sendto(b'flags', 0, ('127.0.0.1', pb)))
buf = bytearray(3)
n, addr = b.recvfrom_into(buf)
print(n, buf, addr[1] == pa)   # truncated datagram
b.sendto(b'', ('127.0.0.1', pa))
print(a.recvfrom(10)[0])
a.connect(('127.0.0.1', pb))
print(a.getpeername()[1] == pb)
a.send(b'connected')
print(b.recv(100))
for i in range(5):
    b.sendto(str(i).encode(), ('127.0.0.1', pa))
print([a.recv(10) for i in range(5)])
b.settimeout(0.05)
t('timeout', lambda: b.recvfrom(10))
b.setblocking(False)
t('nonblock', lambda: b.recv(10))
t('sendto str', lambda: a.sendto('x', ('127.0.0.1', pb)))
t('sendto badaddr', lambda: b.sendto(b'x', 'nope'))
t('sendto bigport', lambda: b.sendto(b'x', ('127.0.0.1', 65536)))
t('too big', lambda: a.send(b'x' * 70000))
a.close(); b.close()

# IPv6 loopback
c = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
d = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
try:
    c.bind(('::1', 0)); d.bind(('::1', 0))
    name = c.getsockname()
    print(len(name), name[0], name[2:])
    c.sendto(b'six', d.getsockname())
    msg, frm = d.recvfrom(10)
    print(msg, frm[0], frm[1] == name[1])
except OSError as e:
    print('no ipv6 loopback')
    print(4, '::1', (0, 0))
    print(b'six', '::1', True)
c.close(); d.close()
