from urllib.parse import *
import urllib.parse as up

urls = [
    'http://www.example.com/path/to/page?name=ferret&color=purple#frag',
    'https://user:pass@Host.Example.COM:8080/p;params?q=1#f',
    'HTTP://[::1]:80/x', 'http://[fe80::1%25eth0]/', 'ftp://ftp.x.org/pub/file.txt',
    'mailto:someone@example.com', 'file:///etc/passwd', '//netloc/only', '/just/path',
    'path?query', '#frag', '', 'news:comp.lang.python', 'a1+-.:rest', '1abc:x',
    'http://a/b/c/d;p?q', '  http://spaces.com/  ', 'http://a\tb\nc.com/x\r',
    'http://host:/', 'http://host:0/', 'http://user@host', 'http://@host', 'sip:alice@atlanta.com;transport=tcp',
    'http://h/p;a;b/c;d', 'tel:+1-816-555-1212', 'http://h?q#f#g', 'http://h/p#f?x',
]
for u in urls:
    for fn in (urlsplit, urlparse):
        try:
            r = fn(u)
            print(fn.__name__, repr(u), r)
            print('   host', repr(r.hostname), 'user', repr(r.username), 'pw', repr(r.password), 'port', r.port, 'url', repr(r.geturl()))
        except Exception as e:
            print(fn.__name__, repr(u), type(e).__name__, e)

for u in ['http://h:abc/', 'http://h:99999/', 'http://h:-1/', 'http://[::1/', 'http://::1]/', 'http://[zz]/',
          'http://x[::1]/', 'http://[::1]x/', 'http://[v1.abc]/', 'http://[v.abc]/', 'http://[1.2.3.4]/']:
    try:
        r = urlsplit(u)
        print(repr(u), r, r.port)
    except Exception as e:
        print(repr(u), type(e).__name__, e)

print(urlsplit('path#frag', allow_fragments=False))
print(urlsplit('//h/p', scheme='https'))
print(urlparse('x', 'ftp'))
b = urlsplit(b'http://User:PW@HOST:81/p?q#f')
print(b, b.hostname, b.port, b.username, b.password, b.geturl())
print(b.decode(), urlsplit('http://h/p').encode())
print(urlparse(b'http://h/p;x'), urlparse(b'http://h/p;x').geturl())
try: urlsplit('http://x', b'http')
except Exception as e: print(type(e).__name__, e)
r = urlparse('http://h/p?q')
print(r._replace(scheme='https', query='z=1').geturl(), r._fields, r[1], r.scheme, tuple(r))
print(isinstance(r, tuple), len(r))
for parts in [('http', 'h', 'p', 'q', 'f'), ('', '', '//x', '', ''), ('http', '', '', '', ''), ('mailto', '', 'a@b', '', ''),
              ('file', '', '/etc', '', ''), ('', 'h', '', '', ''), ('x', '', 'y', '', ''), ('http', '', 'rel', '', '')]:
    print(parts, repr(urlunsplit(parts)))
print(urlunparse(('http', 'h', '/p', 'par', 'q', 'f')), urlunparse((b'http', b'h', b'/p', b'', b'', b'')))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag(b'a#b'), urldefrag('a#b').geturl())
print(up.uses_netloc[:3], 'https' in up.uses_relative)
print(up.unwrap('<URL:http://x/>'))
