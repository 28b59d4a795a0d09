import gzip, io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.txt.gz')
with gzip.open(p, 'wb') as f:
    f.write(b'line one\nline two\n')
    f.writelines([b'three\n', b'four'])
with gzip.open(p, 'rb') as f:
    print(f.readline(), f.readline(5), f.readline(), f.readlines())
with gzip.open(p) as f:
    print(list(f))
with gzip.open(p, 'rb') as f:
    print(f.read(4), f.tell(), f.seek(9), f.read(3), f.seek(2, 1), f.read(), f.tell())
    f.rewind()
    print(f.read(8), f.seek(0), f.read1(4))
with open(p, 'rb') as raw:
    head = raw.read(10 + len(b'data.txt') + 1)
print(head[:3], head[3], head[10:])
with gzip.open(p, 'ab') as f:
    f.write(b'\nappended\n')
print(gzip.open(p).read())
with open(p, 'rb') as raw:
    print(gzip.decompress(raw.read()))
with gzip.open(p, 'wt', encoding='utf-8') as f:
    print(f.write('héllo\nwörld\n'), f.write('x\r\ny\rz'))
with gzip.open(p, 'rt', encoding='utf-8') as f:
    print(repr(f.read()))
with gzip.open(p, 'rt', encoding='utf-8', newline='') as f:
    print(list(f))
with gzip.open(p, 'rt', encoding='utf-8') as f:
    print(f.readline(), f.readline(2), f.readlines())
with gzip.open(p, 'rb') as f:
    print(f.read())
with gzip.open(p, 'wt', encoding='latin-1', newline='\r\n') as f:
    f.write('a\nb\n')
with gzip.open(p, 'rb') as f:
    print(f.read())
with gzip.open(p, 'rt', encoding='latin-1', newline='\r\n') as f:
    print(list(f))
big = os.urandom(0) + bytes(range(256)) * 3000 + b'tail'
with gzip.GzipFile(p, 'wb', compresslevel=1, mtime=0) as f:
    for i in range(0, len(big), 10000):
        f.write(big[i:i + 10000])
with gzip.GzipFile(p, 'rb') as f:
    got = f.read()
    print(len(got), got == big, f.mtime, f.name == p)
with gzip.GzipFile(p, 'rb') as f:
    parts = []
    while True:
        c = f.read(70000)
        if not c: break
        parts.append(len(c))
    print(parts)
with gzip.GzipFile(p, 'rb') as f:
    f.seek(700000)
    print(f.read(), f.tell())
with gzip.open(p, 'wb') as f:
    pass
print(gzip.open(p).read())
b = io.BytesIO()
g = gzip.GzipFile(fileobj=b, mode='wb', mtime=1)
g.write(b'abc')
g.flush()
mid = b.getvalue()
g.write(b'def')
g.close()
print(len(mid) > 10, gzip.decompress(b.getvalue()), b.getvalue()[4:8])
print(gzip.GzipFile(fileobj=io.BytesIO(b.getvalue())).read(), gzip.GzipFile(fileobj=io.BytesIO(b.getvalue())).mtime)
r = gzip.GzipFile(fileobj=io.BytesIO(b.getvalue()))
r.read(); print(r.mtime)
buf = bytearray(4)
r = gzip.GzipFile(fileobj=io.BytesIO(b.getvalue()))
print(r.readinto(buf), buf, r.read())
os.remove(p); os.rmdir(d)
print(gzip.decompress(gzip.compress(b'x' * 1000000, mtime=0)) == b'x' * 1000000)
