# timeouts, blocking modes and the default timeout
import socket, time

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking(), a.timeout)
for v in [0.5, 1, 0, 2.25, None, True]:
    a.settimeout(v)
    print('settimeout', v, a.gettimeout(), a.getblocking(), a.timeout)
a.setblocking(False)
print('nonblocking', a.gettimeout(), a.getblocking())
a.setblocking(True)
print('blocking', a.gettimeout(), a.getblocking())
a.setblocking(0)
print('setblocking(0)', a.gettimeout())
a.setblocking(1)

a.settimeout(0.05)
start = time.monotonic()
t('recv timeout', lambda: a.recv(1))
elapsed = time.monotonic() - start
print('waited', 0.04 < elapsed < 2.0)
try:
    a.recv(1)
except socket.timeout as e:
    print('socket.timeout caught', type(e).__name__, e.errno, e.args)
a.settimeout(0)
t('recv nonblocking', lambda: a.recv(1))
try:
    a.recv(1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
t('recv_into nonblocking', lambda: a.recv_into(bytearray(4)))
b.send(b'data')
time.sleep(0.02)
print('ready', a.recv(10))
a.settimeout(1)
b.send(b'more')
print('with timeout', a.recv(10))

# send blocks when the buffer is full: with a timeout it raises
b.settimeout(0.05)
b.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
sent = 0
try:
    while True:
        sent += b.send(b'x' * 65536)
except TimeoutError as e:
    print('send timeout', type(e).__name__, e, sent > 0)
t('sendall timeout', lambda: b.sendall(b'y' * 1000000))
b.setblocking(False)
t('send nonblocking full', lambda: b.send(b'z' * 65536))
a.close(); b.close()

# accept and connect with timeouts
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.05)
t('accept timeout', lambda: srv.accept())
srv.setblocking(False)
t('accept nonblocking', lambda: srv.accept())
c = socket.socket()
c.settimeout(2)
c.connect(srv.getsockname())
srv.settimeout(2)
conn, addr = srv.accept()
print('accepted timeout', conn.gettimeout(), conn.getblocking())
conn.close(); c.close()
c = socket.socket()
c.setblocking(False)
err = c.connect_ex(srv.getsockname())
print('nonblocking connect_ex', err in (0, 115))
c.close()
srv.close()

# default timeout
print('default', socket.getdefaulttimeout())
socket.setdefaulttimeout(1.5)
print('default', socket.getdefaulttimeout())
s = socket.socket()
print('new socket', s.gettimeout(), s.getblocking())
x, y = socket.socketpair()
print('pair', x.gettimeout(), y.gettimeout())
srv = socket.create_server(('127.0.0.1', 0))
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
print('accepted with default', conn.gettimeout(), c.gettimeout())
for o in (s, x, y, srv, c, conn):
    o.close()
socket.setdefaulttimeout(0)
s = socket.socket()
print('default 0', s.gettimeout(), s.getblocking())
s.close()
socket.setdefaulttimeout(None)
print('default', socket.getdefaulttimeout())
t('setdefaulttimeout -1', lambda: socket.setdefaulttimeout(-1))
t('setdefaulttimeout str', lambda: socket.setdefaulttimeout('1'))
t('setdefaulttimeout inf', lambda: socket.setdefaulttimeout(float('inf')))
s = socket.socket()
s.close()
t('settimeout closed', lambda: s.settimeout(1))
t('gettimeout closed', lambda: s.gettimeout())
t('create_connection timeout', lambda: socket.create_connection(('127.0.0.1', 1), timeout=1))
