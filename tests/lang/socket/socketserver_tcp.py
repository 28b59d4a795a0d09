# socketserver: TCPServer / ThreadingTCPServer with stream handlers
import socket, socketserver, threading

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b'> ' + line.upper())

class Upper(socketserver.BaseRequestHandler):
    def setup(self):
        log.append('setup')
    def handle(self):
        data = self.request.recv(100)
        self.request.sendall(data.upper())
        log.append(('handle', data))
    def finish(self):
        log.append('finish')

log = []
with socketserver.TCPServer(('127.0.0.1', 0), Upper) as srv:
    host, port = srv.server_address
    print(host, port > 0, srv.fileno() == srv.socket.fileno(), srv.socket.type)
    print(srv.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
    c = socket.create_connection(srv.server_address)
    c.sendall(b'one request')
    srv.handle_request()
    print(c.recv(100), c.recv(100))
    c.close()
    print(log)
    srv.timeout = 0.05
    timeouts = []
    srv.handle_timeout = lambda: timeouts.append('timeout')
    srv.handle_request()
    print(timeouts)

# serve_forever in a thread, several clients, shutdown from here
srv = socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo)
print(srv.daemon_threads, srv.block_on_close, srv.allow_reuse_address)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
results = []
lock = threading.Lock()
def client(i):
    with socket.create_connection(srv.server_address) as c:
        f = c.makefile('rwb')
        out = []
        for j in range(3):
            f.write(b'client %d line %d\n' % (i, j))
            f.flush()
            out.append(f.readline())
        f.close()
    with lock:
        results.append(out)
cs = [threading.Thread(target=client, args=(i,)) for i in range(5)]
for x in cs: x.start()
for x in cs: x.join()
for r in sorted(results):
    print(r)
srv.shutdown()
t.join()
srv.server_close()
print('stopped', srv.socket.fileno())

# errors in a handler are reported by handle_error and the server goes on
class Bad(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError('handler failed')
class Quiet(socketserver.TCPServer):
    allow_reuse_address = True
    def handle_error(self, request, client_address):
        import sys
        print('handle_error', sys.exception())
with Quiet(('127.0.0.1', 0), Bad) as srv:
    print(srv.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    c = socket.create_connection(srv.server_address)
    srv.handle_request()
    print('closed by server', c.recv(10))
    c.close()

# verify_request can reject; bind_and_activate=False defers binding
class Picky(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        print('verify', client_address[0])
        return False
with Picky(('127.0.0.1', 0), Upper, bind_and_activate=False) as srv:
    print('unbound', srv.socket.getsockname())
    srv.server_bind(); srv.server_activate()
    c = socket.create_connection(srv.server_address)
    srv.handle_request()
    print('rejected', c.recv(10))
    c.close()

# bind failure closes the socket and raises
busy = socket.create_server(('127.0.0.1', 0))
try:
    socketserver.TCPServer(busy.getsockname(), Upper)
except OSError as e:
    print('bind failed', type(e).__name__)
busy.close()

# StreamRequestHandler options
class Opts(socketserver.StreamRequestHandler):
    timeout = 5
    disable_nagle_algorithm = True
    wbufsize = 1024
    def handle(self):
        print('timeout', self.connection.gettimeout(),
              'nodelay', self.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
        self.wfile.write(self.rfile.readline() * 2)
with socketserver.TCPServer(('127.0.0.1', 0), Opts) as srv:
    c = socket.create_connection(srv.server_address)
    c.sendall(b'buffered\n')
    srv.handle_request()
    print(c.recv(100))
    c.close()
