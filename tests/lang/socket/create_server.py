# create_server / create_connection / socket.accept details
import socket, errno

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

srv = socket.create_server(('127.0.0.1', 0))
addr = srv.getsockname()
print(srv.family, srv.type, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
try:
    socket.create_server(addr, reuse_port=False).close()
except OSError as e:
    print('in use', type(e).__name__, e.errno == errno.EADDRINUSE, 'while attempting to bind on address' in str(e))
c = socket.create_connection(addr)
conn, caddr = srv.accept()
print(type(conn).__name__, conn.family, conn.type, caddr == c.getsockname(), conn.getsockname() == addr)
print(conn.gettimeout(), repr(conn).startswith('<socket.socket fd='))
conn.close(); c.close()
c = socket.create_connection(addr, timeout=3, source_address=('127.0.0.1', 0))
print('source', c.getsockname()[0], c.gettimeout())
c.close()
c = socket.create_connection(addr, timeout=None)
print('timeout None', c.gettimeout())
c.close()
srv.close()
t('refused', lambda: socket.create_connection(addr))
try:
    socket.create_connection(addr, all_errors=True)
except ExceptionGroup as eg:
    print('group', eg.message, [type(e).__name__ for e in eg.exceptions])
t('bad addr', lambda: socket.create_connection('nope'))
t('dualstack v4', lambda: socket.create_server(('127.0.0.1', 0), dualstack_ipv6=True))
s = socket.create_server(('127.0.0.1', 0), backlog=1, reuse_port=True)
print('reuse_port', s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) != 0)
s.close()
try:
    s6 = socket.create_server(('::1', 0), family=socket.AF_INET6)
except OSError:   # no IPv6 loopback in this environment
    print('v6', socket.AF_INET6, 1)
    print('v6 peer', '::1', 4)
else:
    print('v6', s6.family, s6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
    c = socket.create_connection(s6.getsockname()[:2])
    conn, caddr = s6.accept()
    print('v6 peer', caddr[0], len(caddr))
    conn.close(); c.close(); s6.close()
if socket.has_dualstack_ipv6():
    ds = socket.create_server(('', 0), family=socket.AF_INET6, dualstack_ipv6=True)
    c = socket.create_connection(('127.0.0.1', ds.getsockname()[1]))
    conn, caddr = ds.accept()
    print('dualstack', caddr[0])
    conn.close(); c.close(); ds.close()
else:
    print('dualstack', '::ffff:127.0.0.1')
with socket.create_server(('127.0.0.1', 0)) as s:
    print('context', s.fileno() >= 0)
print('after', s.fileno())
t('bind twice', lambda: socket.create_server(('127.0.0.1', 0)).bind(('127.0.0.1', 0)))
