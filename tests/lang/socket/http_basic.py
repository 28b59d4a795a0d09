# http.server + http.client over 127.0.0.1
import http.client, http.server, threading, io

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, format, *args):
        pass
    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404)
            return
        if self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for part in (b'first ', b'second ', b'third'):
                self.wfile.write(b'%X\r\n%s\r\n' % (len(part), part))
            self.wfile.write(b'0\r\n\r\n')
            return
        body = ('path=%s ua=%s host=%s' % (self.path, self.headers.get('User-Agent'),
                                           self.headers['host'] is not None)).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('X-Multi', 'a')
        self.send_header('X-Multi', 'b')
        self.end_headers()
        self.wfile.write(body)
    def do_HEAD(self):
        self.send_response(204)
        self.end_headers()
    def do_POST(self):
        n = int(self.headers.get('Content-Length', 0))
        data = self.rfile.read(n) if n else b''
        if self.headers.get('Transfer-Encoding') == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline(), 16)
                if not size:
                    self.rfile.readline()
                    break
                data += self.rfile.read(size)
                self.rfile.readline()
        reply = b'got ' + data
        self.send_response(201, 'Made')
        self.send_header('Content-Length', str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
port = srv.server_port
th = threading.Thread(target=srv.serve_forever, args=(0.05,))
th.start()
print(type(srv).__name__, srv.server_port == srv.server_address[1], srv.daemon_threads)

conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
conn.request('GET', '/hello?x=1', headers={'User-Agent': 'ftpy-test'})
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader('Content-Type'), r.getheader('X-Multi'))
print(r.getheader('nope', 'dflt'), r.headers.get_content_type(), r.headers.get_content_charset())
print(r.read(), r.isclosed(), r.will_close)
# keep-alive: same connection again
conn.request('GET', '/second')
r = conn.getresponse()
print(r.status, r.read(5), r.read())
conn.request('GET', '/missing')
r = conn.getresponse()
body = r.read()
print(r.status, r.reason, r.getheader('Content-Type'), b'Nothing matches the given URI' in body)
conn.close()

conn = http.client.HTTPConnection('127.0.0.1:%d' % port)
conn.request('GET', '/chunked')
r = conn.getresponse()
print(r.status, r.chunked, r.read(3), r.read())
conn.request('POST', '/post', body=b'payload', headers={'Content-Type': 'application/octet-stream'})
r = conn.getresponse()
print(r.status, r.reason, r.read())
conn.request('POST', '/post', body='text body')
print(conn.getresponse().read())
conn.request('POST', '/post', body=iter([b'chunk1-', b'chunk2']))
print(conn.getresponse().read())
conn.request('POST', '/post', body=io.BytesIO(b'from a file'))
print(conn.getresponse().read())
conn.request('HEAD', '/')
r = conn.getresponse()
print(r.status, r.read(), r.getheaders()[0][0])
conn.request('DELETE', '/x')
r = conn.getresponse()
print(r.status, r.reason, len(r.read()) > 0)
conn.close()

# raw requests: HTTP/1.0, bad request line, unsupported version
import socket
def raw(data):
    with socket.create_connection(('127.0.0.1', port)) as s:
        s.sendall(data)
        out = b''
        while True:
            chunk = s.recv(4096)
            if not chunk:
                break
            out += chunk
    return out.split(b'\r\n')[0]
print(raw(b'GET /raw HTTP/1.0\r\n\r\n'))
print(raw(b'GARBAGE\r\n\r\n'))
print(raw(b'GET / HTTP/2.0\r\n\r\n'))
print(raw(b'GET / HTTP/x.y\r\n\r\n'))
print(raw(b'GET / HTTP/1.1 extra\r\n\r\n'))

# client-side errors
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
c = http.client.HTTPConnection('127.0.0.1', port)
t('getresponse first', c.getresponse)
c.putrequest('GET', '/')
t('putrequest twice', lambda: c.putrequest('GET', '/'))
c.endheaders()
t('putheader late', lambda: c.putheader('X', 'y'))
print(c.getresponse().status)
c.close()
t('bad url', lambda: c.request('GET', '/a b'))
t('bad port', lambda: http.client.HTTPConnection('host:xx'))
t('bad header', lambda: http.client.HTTPConnection('127.0.0.1', port).putheader('X', 'y'))
t('refused', lambda: http.client.HTTPConnection('127.0.0.1', 1).request('GET', '/'))
print(http.client.responses[404], http.client.NOT_FOUND, issubclass(http.client.RemoteDisconnected, ConnectionResetError))
print(repr(http.client.IncompleteRead(b'abc', 5)), str(http.client.IncompleteRead(b'ab')))
print(http.client.BadStatusLine('').args, http.client.LineTooLong('header line'))
srv.shutdown()
th.join()
srv.server_close()
print('server stopped')
