import urllib.request as r
import urllib.error, tempfile, os

f = r.urlopen('data:text/plain;charset=utf-8,hello%20world')
print(type(f).__name__, f.read(), f.geturl(), f.getcode(), f.status, f.url, str(f.headers).replace('\n', '|'),
      f.info()['Content-type'], f.headers.get_content_type(), f.headers.get_content_charset())
f = r.urlopen('data:;base64,SGVsbG8=')
print(f.read(), str(f.info()).replace('\n', '|'))
with r.urlopen('data:,a%2Cb') as f:
    print(f.read(), f.closed)
print(f.closed)
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
with open(p, 'w') as fh:
    fh.write('abc\ndef\n')
f = r.urlopen('file://' + p)
print(f.readline(), f.read(), sorted(f.headers.keys()), f.headers['Content-type'], f.headers['Content-length'],
      f.geturl() == 'file://' + p, f.status, f.code, 'content-length' in f.headers, f.headers.get('nope', 'dflt'))
f.close()
with r.urlopen(r.Request('file://' + p)) as f:
    print(list(f))
try:
    r.urlopen('file://' + p + 'nope')
except urllib.error.URLError as e:
    print(type(e).__name__, type(e.reason).__name__, isinstance(e, OSError))
try:
    r.urlopen('bogus://x')
except urllib.error.URLError as e:
    print(type(e).__name__, e)
try:
    r.urlopen('noscheme')
except ValueError as e:
    print(type(e).__name__, e)
q = r.Request('http://example.com/a?b#frag', data=b'x', headers={'X-test': '1', 'content-TYPE': 'a/b'})
print(q.full_url, q.type, q.host, q.selector, q.get_method(), q.header_items(), q.has_header('X-test'), q.get_header('X-test'),
      q.fragment, q.get_full_url(), q.origin_req_host, q.unverifiable)
q.add_unredirected_header('spam', 'eggs')
q.remove_header('X-test')
print(q.header_items(), q.get_header('Spam'), q.has_header('Spam'))
q.data = None
print(q.get_method(), r.Request('http://x/', method='PUT').get_method())
q.full_url = 'https://user@host:81/new#f2'
print(q.type, q.host, q.selector, q.full_url)
print(r.pathname2url('/a b/c'), r.url2pathname('/a%20b'), r.parse_http_list('a, b, "c, d", "e\\"f"'), r.parse_keqv_list(['a=1', 'b="2"']))
fn, hdrs = r.urlretrieve('file://' + p)
print(fn == p, hdrs['Content-length'])
out = os.path.join(d, 'copy.txt')
calls = []
fn, hdrs = r.urlretrieve('data:,copied%20data', out, reporthook=lambda *a: calls.append(a))
print(open(fn).read(), calls)
r.urlcleanup()
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
e = urllib.error.HTTPError('http://x', 404, 'Not Found', {}, None)
print(str(e), repr(e), e.code, e.reason, e.getcode(), e.geturl(), isinstance(e, urllib.error.URLError))
print(str(urllib.error.URLError('why')), urllib.error.URLError('why').reason)
