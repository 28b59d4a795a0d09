# SimpleHTTPRequestHandler serving a temporary directory; HTTPStatus
import functools, http.client, http.server, os, tempfile, threading
from http import HTTPStatus, HTTPMethod

d = tempfile.mkdtemp()
with open(os.path.join(d, 'hello.txt'), 'w') as f:
    f.write('hello file\n')
os.mkdir(os.path.join(d, 'sub'))
with open(os.path.join(d, 'sub', 'data.json'), 'w') as f:
    f.write('{"a": 1}')
with open(os.path.join(d, 'a b.html'), 'w') as f:
    f.write('<p>space</p>')

class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

handler = functools.partial(Quiet, directory=d)
srv = http.server.HTTPServer(('127.0.0.1', 0), handler)
t = threading.Thread(target=srv.serve_forever, args=(0.05,))
t.start()

def get(path, method='GET'):
    c = http.client.HTTPConnection('127.0.0.1', srv.server_port)
    c.request(method, path)
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, r.getheader('Content-Type'), r.getheader('Content-Length'), r.getheader('Location'), body

print(get('/hello.txt'))
print(get('/hello.txt', 'HEAD'))
print(get('/sub/data.json'))
print(get('/a%20b.html'))
print(get('/nope.txt')[:2])
print(get('/sub')[:4])
st, ct, cl, loc, body = get('/')
print(st, ct, [line for line in body.decode().splitlines() if line.startswith('<li>')])
print(get('/../../etc/passwd')[0])
print(get('/hello.txt?query=1#frag')[4])
print(get('/', 'POST')[:2])
srv.shutdown(); t.join(); srv.server_close()
for p in ('hello.txt', 'a b.html', 'sub/data.json'):
    os.unlink(os.path.join(d, p))
os.rmdir(os.path.join(d, 'sub')); os.rmdir(d)

print(HTTPStatus.OK, HTTPStatus.OK.phrase, HTTPStatus.IM_A_TEAPOT.description)
print(HTTPStatus(301).is_redirection, HTTPStatus.BAD_GATEWAY.is_server_error, HTTPStatus.CONTINUE.is_informational)
print(len(HTTPStatus), [s.value for s in HTTPStatus][:5], HTTPStatus.UNPROCESSABLE_ENTITY is HTTPStatus.UNPROCESSABLE_CONTENT)
print(repr(HTTPMethod.GET), HTTPMethod.POST.description, list(HTTPMethod)[:3])
