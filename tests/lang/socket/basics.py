# socket object basics: construction, attributes, close/detach, context manager
import socket

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = socket.socket()
print(s.family, s.type, s.proto, repr(s.family), repr(s.type))
print(type(s.family).__name__, type(s.type).__name__)
print(s.gettimeout(), s.getblocking(), s.timeout)
print(s.fileno() >= 0)
print(isinstance(s, socket.SocketType), isinstance(s, socket.socket))
print(socket.SocketType is socket._socket.socket if hasattr(socket, '_socket') else True)
s.close()
print(s.fileno())
s.close()  # second close is a no-op
t('recv closed', lambda: s.recv(1))
t('send closed', lambda: s.send(b'x'))
t('getsockname closed', lambda: s.getsockname())
t('bind closed', lambda: s.bind(('127.0.0.1', 0)))
t('listen closed', lambda: s.listen())
t('connect closed', lambda: s.connect(('127.0.0.1', 9)))
print(repr(s).split(' fd=')[0], 'fd=' + repr(s).split(' fd=')[1])

d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(d.type, d.family, d.proto)
fd = d.fileno()
print(d.detach() == fd, d.fileno())
e = socket.socket(fileno=fd)
print(e.family, e.type, e.proto == socket.IPPROTO_UDP or e.proto == 0)
e.close()

with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s6:
    print(s6.family, s6.type, s6.fileno() >= 0)
print(s6.fileno())

with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as su:
    print(su.family, su.type)

for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
    with socket.socket(socket.AF_INET, kind | socket.SOCK_NONBLOCK) as n:
        print(n.type, n.gettimeout(), n.getblocking())
    with socket.socket(socket.AF_INET, kind | socket.SOCK_CLOEXEC) as n:
        print(n.type, n.gettimeout(), n.get_inheritable())

t('bad family', lambda: socket.socket(12345))
t('bad type', lambda: socket.socket(socket.AF_INET, 999))
t('neg fileno', lambda: socket.socket(fileno=-3))
t('str family', lambda: socket.socket('x'))
t('pickle', lambda: __import__('pickle').dumps(socket.socket()))

s = socket.socket()
s2 = s.dup()
print(s2.fileno() != s.fileno(), s2.family, s2.type)
s.close(); s2.close()

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s3 = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_DGRAM)
print(s3.fileno() != s.fileno(), s3.type)
s3.close(); s.close()

# an fd handed in keeps its mode; the timeout is the default one
a, b = socket.socketpair()
a.setblocking(False)
c = socket.socket(fileno=a.detach())
print('fileno nonblocking', c.gettimeout(), c.getblocking())
try:
    c.recv(1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
c.close(); b.close()
