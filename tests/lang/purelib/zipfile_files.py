import io, os, zipfile, tempfile, struct, zlib
from zipfile import ZipFile, ZipInfo, ZIP_STORED, ZIP_DEFLATED

def show(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.errno)
    except Exception as e:
        print(label, type(e).__name__, e)

d = tempfile.mkdtemp()
src = os.path.join(d, 'src')
os.makedirs(os.path.join(src, 'sub', 'deeper'))
files = {'a.txt': b'alpha\n', 'sub/b.txt': b'beta\n' * 100, 'sub/deeper/c.bin': bytes(range(200))}
for name, content in files.items():
    with open(os.path.join(src, name), 'wb') as f:
        f.write(content)
os.chmod(os.path.join(src, 'a.txt'), 0o640)

zpath = os.path.join(d, 'out.zip')
with ZipFile(zpath, 'w', compression=ZIP_DEFLATED) as z:
    z.write(os.path.join(src, 'a.txt'), 'a.txt')
    z.write(os.path.join(src, 'sub'), 'sub')
    z.write(os.path.join(src, 'sub', 'b.txt'), 'sub/b.txt', compress_type=ZIP_STORED)
    z.write(os.path.join(src, 'sub', 'deeper', 'c.bin'), arcname='/sub/deeper/c.bin', compresslevel=9)
    z.mkdir('made')
    z.mkdir('made2/', mode=0o700)
    show('mkdir bad', lambda: z.mkdir(ZipInfo('notdir')))
    show('mkdir type', lambda: z.mkdir(5))
print(repr(z))
print(zipfile.is_zipfile(zpath), zipfile.is_zipfile(os.path.join(src, 'a.txt')), zipfile.is_zipfile(os.path.join(d, 'nonexistent')))
with ZipFile(zpath) as z:
    for i in z.infolist():
        print(i.filename, i.compress_type, i.file_size, oct(i.external_attr >> 16), i.external_attr & 0xFFFF, i.is_dir())
    out = os.path.join(d, 'out')
    z.extractall(out)
    print(sorted(os.path.relpath(os.path.join(r, f), out) for r, ds, fs in os.walk(out) for f in fs + ds))
    for name, content in files.items():
        with open(os.path.join(out, name), 'rb') as f:
            print(name, f.read() == content)
    p = z.extract('a.txt', os.path.join(d, 'single'))
    print(os.path.relpath(p, d), open(p, 'rb').read())
    p = z.extract(z.getinfo('made/'), os.path.join(d, 'single'))
    print(os.path.relpath(p, d), os.path.isdir(p))
    z.extractall(os.path.join(d, 'some'), members=['sub/b.txt'])
    print(os.listdir(os.path.join(d, 'some')))

# path traversal is neutralised
buf = io.BytesIO()
with ZipFile(buf, 'w') as z:
    z.writestr('../../evil.txt', b'x')
    z.writestr('/abs/path.txt', b'y')
    z.writestr('ok/./../fine.txt', b'z')
with ZipFile(buf) as z:
    print(z.namelist())
    for n in z.namelist():
        print(os.path.relpath(z.extract(n, os.path.join(d, 'safe')), d))

# ZipInfo.from_file
zi = ZipInfo.from_file(os.path.join(src, 'a.txt'), 'renamed.txt')
print(zi.filename, zi.file_size, oct(zi.external_attr >> 16))
zi = ZipInfo.from_file(os.path.join(src, 'sub'))
print(zi.filename.endswith('sub/'), zi.is_dir(), zi.external_attr & 0x10)

# 'x' mode refuses an existing file
show('x mode existing', lambda: type(ZipFile(zpath, 'x')))
with ZipFile(os.path.join(d, 'new.zip'), 'x') as z:
    z.writestr('n', 'new')
print(ZipFile(os.path.join(d, 'new.zip')).read('n'))

# unseekable output uses data descriptors
class Unseekable:
    def __init__(self):
        self.b = io.BytesIO()
    def write(self, data):
        return self.b.write(data)
    def flush(self):
        pass
u = Unseekable()
with ZipFile(u, 'w', compression=ZIP_DEFLATED) as z:
    z.writestr('s1.txt', b'stream one' * 10)
    z.writestr('s2.txt', b'stream two')
raw = u.b.getvalue()
with ZipFile(io.BytesIO(raw)) as z:
    print([(i.filename, i.flag_bits, i.file_size) for i in z.infolist()], z.read('s1.txt')[:10], z.read('s2.txt'))

# forced zip64 headers, and a member written with force_zip64
buf = io.BytesIO()
with ZipFile(buf, 'w') as z:
    with z.open('big.txt', 'w', force_zip64=True) as w:
        w.write(b'pretend big')
with ZipFile(buf) as z:
    i = z.getinfo('big.txt')
    print(i.extract_version, z.read('big.txt'), len(i.extra))
show('zip64 disallowed', lambda: ZipFile(io.BytesIO(), 'w', allowZip64=False).open('x', 'w', force_zip64=True))

# a traditional-encryption member built by hand
def encrypt(data, pwd, check):
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    keys = [305419896, 591751049, 878082192]
    def upd(c):
        keys[0] = (keys[0] >> 8) ^ table[(keys[0] ^ c) & 0xFF]
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = (keys[2] >> 8) ^ table[(keys[2] ^ (keys[1] >> 24)) & 0xFF]
    for p in pwd:
        upd(p)
    out = bytearray()
    for c in bytes(11) + bytes([check]) + data:
        k = keys[2] | 2
        out.append(c ^ (((k * (k ^ 1)) >> 8) & 0xFF))
        upd(c)
    return bytes(out)

plain = b'secret message\n'
crc = zlib.crc32(plain)
enc = encrypt(plain, b'pw', crc >> 24)
zi = ZipInfo('secret.txt', (2021, 1, 1, 0, 0, 0))
zi.flag_bits = 1
zi.CRC = crc
zi.compress_size = len(enc)
zi.file_size = len(plain)
zi.external_attr = 0o600 << 16
hdr = zi.FileHeader(False)
cd = struct.pack(zipfile.structCentralDir, zipfile.stringCentralDir, 20, 3, 20, 0, 1, 0,
                 0, (2021 - 1980) << 9 | 1 << 5 | 1, crc, len(enc), len(plain), len(b'secret.txt'), 0, 0, 0, 0, 0o600 << 16, 0)
blob = hdr + enc + cd + b'secret.txt'
blob += struct.pack(zipfile.structEndArchive, zipfile.stringEndArchive, 0, 0, 1, 1, len(cd) + 10, len(hdr) + len(enc), 0)
with ZipFile(io.BytesIO(blob)) as z:
    show('no password', lambda: z.read('secret.txt'))
    show('wrong password', lambda: z.read('secret.txt', pwd=b'nope'))
    show('str password', lambda: z.read('secret.txt', pwd='pw'))
    show('right password', lambda: z.read('secret.txt', pwd=b'pw'))
    z.setpassword(b'pw')
    show('setpassword', lambda: z.read('secret.txt'))
    print(repr(z.getinfo('secret.txt')))

import shutil
shutil.rmtree(d)
print('done')
