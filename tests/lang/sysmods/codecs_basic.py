import codecs
print(codecs.utf_8_decode(b'ab\xc3'))
print(codecs.utf_16_decode(b'\xff\xfea\x00b'))
print(codecs.utf_16_encode('ab'), codecs.utf_16_le_encode('ab'))
for f in [lambda: codecs.utf_8_encode(b'x'), lambda: codecs.utf_8_decode('x'), lambda: codecs.encode(b'x'),
          lambda: codecs.decode('x'), lambda: codecs.encode('x', 5), lambda: codecs.encode('x', 'nope'),
          lambda: codecs.encode('é', 'ascii', 'nope'), lambda: codecs.lookup_error('nope'),
          lambda: codecs.replace_errors(ValueError()), lambda: codecs.register(5), lambda: codecs.register_error('x', 5),
          lambda: codecs.lookup(b'x')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(codecs.encode('a','ascii','nope'))
d=codecs.getincrementaldecoder('utf-16')(); print(d.getstate()); print(repr(d.decode(b'\xff')), d.getstate()); print(repr(d.decode(b'\xfea')), d.getstate())
d=codecs.getincrementaldecoder('utf-8')(); print(d.decode(b'\xe2\x82'), d.getstate())
e=codecs.getincrementalencoder('utf-16')(); print(e.encode('a'), e.encode('b'), e.getstate()); e.reset(); print(e.encode('c'))
print(codecs.replace_errors(UnicodeEncodeError('ascii','aéé',1,3,'x')))
print(codecs.replace_errors(UnicodeDecodeError('ascii',b'a\xff\xff',1,3,'x')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('ascii',b'a\xff\xff',1,3,'x')))
for n in ['utf-8','ascii','latin-1','utf-16','UTF-16LE','utf_32_be','utf-8-sig','unicode_escape','raw_unicode_escape','hex','base64','rot13','zlib', 'Latin 1', 'U8', 'iso-8859-1']:
    i = codecs.lookup(n); print(n, i.name, i._is_text_encoding, i.incrementalencoder.__module__ if i._is_text_encoding else '')
print(codecs.encode(b'hi', 'hex'), codecs.decode(b'6869', 'hex'), codecs.encode('Hello', 'rot13'))
print(codecs.decode(codecs.encode(b'hello'*3, 'zlib'), 'zlib'), codecs.encode(b'hi', 'base64'))
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac', b'a'], 'utf-8')))
print(list(codecs.iterencode(['a', 'b'], 'utf-16')))
def h(exc): return ('<%d>' % exc.start, exc.end)
codecs.register_error('mine', h)
print('aébç'.encode('ascii', 'mine') if False else codecs.encode('aébç', 'ascii', 'mine'))
print(codecs.decode(b'a\xffb', 'ascii', 'mine'))
import io
b = io.BytesIO()
w = codecs.getwriter('utf-8')(b); w.write('héllo\n'); w.writelines(['a', 'b']); print(b.getvalue())
r = codecs.getreader('utf-16')(io.BytesIO('line1\nline2\r\nline3'.encode('utf-16')))
print(r.readline(), r.readline(), r.read())
r = codecs.getreader('utf-8')(io.BytesIO('x\ny\nzz'.encode()))
print(list(r))
