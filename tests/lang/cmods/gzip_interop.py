import gzip, zlib, io, struct
data = b''.join(b'%05d some log line\n' % i for i in range(5000))
# zlib's own gzip container (wbits 16+) and the gzip module read each other
zg = zlib.compress(data, 6, 31)
print(zg[:3].hex(), gzip.decompress(zg) == data, gzip.GzipFile(fileobj=io.BytesIO(zg)).read() == data)
gz = gzip.compress(data, mtime=0)
print(zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data)
d = zlib.decompressobj(31)
print(d.decompress(gz + b'rest') == data, d.eof, d.unused_data)
# header fields written by GzipFile
buf = io.BytesIO()
with gzip.GzipFile(filename='report.csv.gz', mode='wb', fileobj=buf, mtime=1700000000, compresslevel=9) as f:
    f.write(data)
raw = buf.getvalue()
magic, method, flags, mtime, xfl, os_ = struct.unpack('<2sBBIBB', raw[:10])
print(magic, method, flags, mtime, xfl, os_, raw[10:raw.index(b'\0', 10)])
crc, isize = struct.unpack('<II', raw[-8:])
print(crc == zlib.crc32(data), isize == len(data))
r = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(r.read(10), r.mtime)
# a hand-built member with FEXTRA, FNAME, FCOMMENT and FHCRC
body = zlib.compress(b'custom member', 9, -15)
hdr = b'\x1f\x8b\x08' + bytes([gzip.FEXTRA | gzip.FNAME | gzip.FCOMMENT | gzip.FHCRC]) + struct.pack('<I', 42) + b'\x02\xff'
hdr += struct.pack('<H', 4) + b'XY\x00\x00' + b'name\x00' + b'a comment\x00'
hdr += struct.pack('<H', zlib.crc32(hdr) & 0xffff)
member = hdr + body + struct.pack('<II', zlib.crc32(b'custom member'), 13)
print(gzip.decompress(member), gzip.GzipFile(fileobj=io.BytesIO(member)).read())
g = gzip.GzipFile(fileobj=io.BytesIO(member + b'\0' * 3 + gz))
print(len(g.read()), g.mtime)
print(zlib.decompress(member, 31))
# multi-member stream read in small pieces and by line
multi = gzip.compress(b'a\nbb\n', mtime=0) + gzip.compress(b'ccc\n', mtime=0) + gzip.compress(b'', mtime=0) + gzip.compress(b'dddd', mtime=0)
print(gzip.decompress(multi))
f = gzip.GzipFile(fileobj=io.BytesIO(multi))
print(f.readlines())
f = gzip.GzipFile(fileobj=io.BytesIO(multi))
print([f.read(3) for _ in range(6)])
f = gzip.GzipFile(fileobj=io.BytesIO(multi))
print([f.read1(100) for _ in range(5)])
# text mode through file objects
buf = io.BytesIO()
with gzip.open(buf, 'wt', encoding='utf-16') as t:
    t.write('ünïcode\n')
    t.writelines(['a\n', 'b\n'])
print(len(buf.getvalue()) > 20, gzip.decompress(buf.getvalue())[:4])
with gzip.open(io.BytesIO(buf.getvalue()), 'rt', encoding='utf-16') as t:
    print(t.readline(), t.read())
with gzip.open(io.BytesIO(gzip.compress('bad \xff'.encode('latin-1'))), 'rt', encoding='utf-8', errors='replace') as t:
    print(t.read())
try:
    with gzip.open(io.BytesIO(gzip.compress(b'\xff')), 'rt', encoding='utf-8') as t:
        t.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
