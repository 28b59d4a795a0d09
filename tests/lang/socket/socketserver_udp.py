# socketserver: UDPServer, ThreadingUDPServer, DatagramRequestHandler, Unix servers
import os, socket, socketserver, tempfile, threading

class Rev(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data[::-1])

class Raw(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(b'raw:' + data, self.client_address)

with socketserver.UDPServer(('127.0.0.1', 0), Rev) as srv:
    print(srv.socket.type, srv.max_packet_size, srv.request_queue_size)
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b'datagram', srv.server_address)
    srv.handle_request()
    print(c.recvfrom(100)[0])
    c.close()

srv = socketserver.ThreadingUDPServer(('127.0.0.1', 0), Raw)
t = threading.Thread(target=srv.serve_forever, args=(0.05,))
t.start()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.settimeout(5)
got = []
for i in range(5):
    c.sendto(b'%d' % i, srv.server_address)
    got.append(c.recv(100))
print(sorted(got))
c.close()
srv.shutdown()
t.join()
srv.server_close()

d = tempfile.mkdtemp()
path = os.path.join(d, 's')
class Line(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b'unix: ' + self.rfile.readline())
with socketserver.UnixStreamServer(path, Line) as srv:
    print(srv.address_family, srv.server_address == path)
    c = socket.socket(socket.AF_UNIX)
    c.connect(path)
    c.sendall(b'hi\n')
    srv.handle_request()
    print(c.recv(100))
    c.close()
os.unlink(path)
srv = socketserver.ThreadingUnixStreamServer(path, Line)
t = threading.Thread(target=srv.serve_forever, args=(0.05,))
t.start()
outs = []
for i in range(3):
    c = socket.socket(socket.AF_UNIX)
    c.connect(path)
    c.sendall(b'%d\n' % i)
    outs.append(c.makefile('rb').readline())
    c.close()
print(outs)
srv.shutdown(); t.join(); srv.server_close()
os.unlink(path)
dpath = os.path.join(d, 'dg')
with socketserver.UnixDatagramServer(dpath, Rev) as srv:
    cpath = os.path.join(d, 'client')
    c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    c.bind(cpath)
    c.sendto(b'abc', dpath)
    srv.handle_request()
    print(c.recv(100))
    c.close()
os.unlink(dpath); os.unlink(cpath); os.rmdir(d)
print(sorted(n for n in socketserver.__all__ if 'Forking' not in n))
