# AF_UNIX stream and datagram sockets in a temporary directory
import os, socket, tempfile, threading

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = tempfile.mkdtemp()
path = os.path.join(d, 'sock')
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
print(srv.getsockname() == path, os.path.exists(path))
srv.listen()

def serve():
    conn, addr = srv.accept()
    accepted.append(addr)
    with conn:
        conn.sendall(conn.recv(100).upper())

accepted = []
th = threading.Thread(target=serve)
th.start()
c = socket.socket(socket.AF_UNIX)
c.connect(path)
print(c.getpeername() == path, repr(c.getsockname()))
c.sendall(b'unix data')
print(c.recv(100))
th.join()
print('accepted addr', accepted)
c.close()
srv.close()
t('bind again', lambda: socket.socket(socket.AF_UNIX).bind(path))
os.unlink(path)

# bytes paths and datagrams
p1, p2 = os.path.join(d, 'a').encode(), os.path.join(d, 'b')
a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
a.bind(p1); b.bind(p2)
print(type(a.getsockname()).__name__)
a.sendto(b'dgram', p2)
data, frm = b.recvfrom(100)
print(data, frm == p1.decode())
a.close(); b.close()
os.unlink(p1); os.unlink(p2)

# Linux abstract namespace (leading NUL): addresses are bytes
name = b'\0ftpy-test-%d' % os.getpid()
s = socket.socket(socket.AF_UNIX)
s.bind(name)
print(s.getsockname() == name, type(s.getsockname()).__name__)
s.close()

# socketpair defaults to AF_UNIX
x, y = socket.socketpair()
print(x.family, x.type, repr(x.getsockname()), repr(y.getpeername()))
x.close(); y.close()
x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send(b'1'); x.send(b'22')
print(y.recv(10), y.recv(10))
x.close(); y.close()
t('bad path type', lambda: socket.socket(socket.AF_UNIX).connect(3.5))
os.rmdir(d)
