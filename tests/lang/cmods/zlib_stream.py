import zlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
text = b''.join(b'line %d of some text that repeats a bit\n' % i for i in range(3000))
print(len(text), zlib.crc32(text), zlib.adler32(text), zlib.crc32(text[:100], zlib.crc32(text[100:200])) )
print(zlib.crc32(text[100:]) , zlib.crc32(text[50:], zlib.crc32(text[:50])) == zlib.crc32(text), zlib.adler32(text[50:], zlib.adler32(text[:50])) == zlib.adler32(text))
print(zlib.crc32(b''), zlib.adler32(b''), zlib.crc32(b'', 5), zlib.adler32(b'', 5), zlib.crc32(memoryview(b'abc')), zlib.adler32(bytearray(b'abc')))
for level in range(-1, 10):
    c = zlib.compress(text, level)
    print(level, len(c), c[:2].hex(), zlib.decompress(c) == text)
for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    out = co.compress(text) + co.flush()
    print(strategy, len(out), zlib.decompress(out) == text)
for mem in (1, 5, 9):
    co = zlib.compressobj(memLevel=mem)
    out = co.compress(text) + co.flush()
    print('mem', mem, len(out), zlib.decompress(out) == text)
for wbits in (9, 12, 15, -9, -15, 25, 31):
    co = zlib.compressobj(wbits=wbits)
    out = co.compress(text[:5000]) + co.flush()
    dw = wbits if wbits not in (25,) else 31
    print('wbits', wbits, len(out), out[:3].hex(), zlib.decompress(out, dw) == text[:5000], zlib.decompressobj(dw).decompress(out) == text[:5000])
    if wbits > 0:
        print('auto', zlib.decompress(out, 47) == text[:5000])
# streaming compress with flush modes
co = zlib.compressobj(9)
parts = []
for i in range(0, len(text), 7000):
    parts.append(co.compress(text[i:i + 7000]))
    if i % 21000 == 0:
        parts.append(co.flush(zlib.Z_SYNC_FLUSH))
    elif i % 14000 == 0:
        parts.append(co.flush(zlib.Z_FULL_FLUSH))
parts.append(co.flush(zlib.Z_PARTIAL_FLUSH))
parts.append(co.flush(zlib.Z_BLOCK))
parts.append(co.flush())
stream = b''.join(parts)
print(len(stream), zlib.decompress(stream) == text, [len(p) > 0 for p in parts[:6]])
# sync flush output ends with the empty stored block marker
co = zlib.compressobj()
x = co.compress(b'abc') + co.flush(zlib.Z_SYNC_FLUSH)
print(x[-4:].hex(), zlib.decompressobj().decompress(x))
# streaming decompress in small pieces, and with max_length
d = zlib.decompressobj()
out = b''.join(d.decompress(stream[i:i + 100]) for i in range(0, len(stream), 100))
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
out = []
buf = stream
while buf:
    chunk = d.decompress(buf, 1000)
    out.append(len(chunk))
    buf = d.unconsumed_tail
print(len(out), max(out), sum(out), d.eof)
d = zlib.decompressobj()
first = d.decompress(stream, 10)
print(first, len(d.unconsumed_tail), len(d.flush()) + 10 == len(text), d.eof)
# concatenated streams
two = zlib.compress(b'first') + zlib.compress(b'second') + b'trailing'
d = zlib.decompressobj()
print(d.decompress(two), d.eof, d.unused_data[:8], len(d.unused_data))
d2 = zlib.decompressobj()
print(d2.decompress(d.unused_data), d2.unused_data)
# copies
co = zlib.compressobj()
head = co.compress(text[:1000])
cp = co.copy()
a1 = head + co.compress(b'AAA') + co.flush()
a2 = head + cp.compress(b'BBB') + cp.flush()
print(zlib.decompress(a1)[-5:], zlib.decompress(a2)[-5:])
d = zlib.decompressobj()
p1 = d.decompress(a1[:50])
dc = d.copy()
print((p1 + d.decompress(a1[50:]))[-3:], (p1 + dc.decompress(a1[50:]))[-3:], d.eof, dc.eof)
# zdict
zd = b'common words: the quick brown fox jumps over the lazy dog'
co = zlib.compressobj(zdict=zd)
comp = co.compress(b'the quick brown fox jumps over the lazy dog again') + co.flush()
print(len(comp), zlib.decompressobj(zdict=zd).decompress(comp))
print(zlib.decompressobj(zdict=bytearray(zd)).decompress(comp))
t(lambda: zlib.decompressobj(zdict=b'wrong dictionary').decompress(comp))
raw = zlib.compressobj(wbits=-15, zdict=zd)
rc = raw.compress(b'the lazy dog') + raw.flush()
print(zlib.decompressobj(wbits=-15, zdict=zd).decompress(rc))
# large inputs take the detached path, including mutable ones
big = bytearray(text * 4)
cb = zlib.compress(big, 1)
print(len(big), zlib.decompress(cb) == big, zlib.decompress(bytearray(cb)) == big, zlib.crc32(big) == zlib.crc32(bytes(big)))
co = zlib.compressobj(1)
out = co.compress(big) + co.flush()
d = zlib.decompressobj()
print(out == cb, d.decompress(bytearray(out), 70000) == big[:70000], len(d.unconsumed_tail) > 0)
print(zlib.decompress(cb, bufsize=1) == big, zlib.decompress(cb, 15, 10**9) == big)
# data that does not compress, empty data
import random
r = random.Random(5)
noise = bytes(r.getrandbits(8) for _ in range(20000))
cn = zlib.compress(noise)
print(len(cn) > len(noise), zlib.decompress(cn) == noise)
print(zlib.compress(b''), zlib.decompress(zlib.compress(b'')), zlib.compressobj().flush())
co = zlib.compressobj(); print(co.compress(b''), co.flush(zlib.Z_NO_FLUSH), co.flush())
# level 0 emits stored blocks: sizes must match CPython byte for byte
blob = text * 30
for n in (0, 1, 1000, 40000, 100000, len(blob)):
    c0 = zlib.compress(blob[:n], 0)
    co = zlib.compressobj(0)
    s0 = co.compress(blob[:n]) + co.flush()
    co = zlib.compressobj(0)
    s1 = b''.join(co.compress(blob[i:i + 30000]) for i in range(0, n, 30000)) + co.flush(zlib.Z_SYNC_FLUSH) + co.flush()
    print(n, len(c0), zlib.crc32(c0), len(s0), zlib.crc32(s0), len(s1), zlib.crc32(s1))
