import io, os, zipfile, tempfile, shutil
from zipfile import ZipFile, ZipInfo, ZIP_STORED, ZIP_DEFLATED

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

DT = (2020, 5, 17, 13, 45, 30)
buf = io.BytesIO()
with ZipFile(buf, 'w') as z:
    z.writestr(ZipInfo('hello.txt', DT), 'Hello, world!\n' * 3)
    zi = ZipInfo('data/deflated.bin', DT)
    zi.compress_type = ZIP_DEFLATED
    zi.comment = b'member comment'
    z.writestr(zi, bytes(range(256)) * 40)
    zi = ZipInfo('data/level1.txt', DT)
    z.writestr(zi, 'abc' * 1000, compress_type=ZIP_DEFLATED, compresslevel=1)
    z.writestr(ZipInfo('unicode-\u00e9\u4e2d.txt', DT), 'caf\u00e9')
    z.writestr(ZipInfo('emptydir/', DT), b'')
    with z.open(ZipInfo('streamed.txt', DT), 'w') as w:
        print('writable', w.writable(), w.write(b'part1 '), w.write(bytearray(b'part2 ')), w.write(memoryview(b'part3')))
    z.comment = b'archive comment'
    w1 = z.open(ZipInfo('x', DT), 'w')
    show('open twice', lambda: z.open(ZipInfo('y', DT), 'w'))
    show('writestr while open', lambda: z.writestr('y', b''))
    show('close while open', lambda: z.close())
    w1.write(b'x data')
    w1.close()
    show('write closed handle', lambda: w1.write(b'more'))
data = buf.getvalue()
print(len(data) > 0, data[:4], zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'not a zip')))

with ZipFile(io.BytesIO(data)) as z:
    print(z.namelist())
    print(z.comment)
    for info in z.infolist():
        print(' ', repr(info))
        print('   ', info.filename, info.date_time, info.compress_type, info.file_size, info.CRC, info.comment,
              info.is_dir(), oct(info.external_attr >> 16), info.flag_bits, info.create_system, info.extract_version)
    print(z.read('hello.txt'))
    print(len(z.read('data/deflated.bin')), z.read('data/deflated.bin') == bytes(range(256)) * 40)
    print(z.read('data/level1.txt')[:9], z.getinfo('data/level1.txt').compress_size < 3000)
    print(z.read('unicode-\u00e9\u4e2d.txt').decode(), z.read('streamed.txt'))
    show('missing', lambda: z.read('nope'))
    show('getinfo missing', lambda: z.getinfo('nope'))
    with z.open('hello.txt') as f:
        print(f.readable(), f.seekable(), f.name, f.mode)
        print(f.read(5), f.tell(), f.readline(), f.peek(3)[:3], f.read1(4))
        f.seek(0)
        print(f.readlines())
        f.seek(-4, 2)
        print(f.read(), f.tell())
        f.seek(3); f.seek(2, 1)
        print(f.read(3))
        show('bad whence', lambda: f.seek(0, 7))
    show('read closed', lambda: f.read())
    with z.open('data/deflated.bin') as f:
        chunks = []
        while True:
            c = f.read(1000)
            if not c: break
            chunks.append(len(c))
        print(chunks)
        f.seek(2560)
        print(f.read(3), f.tell())
        f.seek(100)
        print(f.read(2))
    with z.open(z.getinfo('hello.txt')) as f:
        print([line for line in f])
    print(z.testzip())
    out = io.StringIO()
    z.printdir(file=out)
    print(out.getvalue())
    show('write in r mode', lambda: z.writestr('new-name', b'y'))
    show('open bad mode', lambda: z.open('hello.txt', 'a'))
    show('pwd write', lambda: z.open('new', 'w', pwd=b'x'))
    show('setpassword str', lambda: z.setpassword('abc'))
    show('comment str', lambda: setattr(z, 'comment', 'x'))
print(repr(z))
show('read after close', lambda: z.read('hello.txt'))
show('bad mode', lambda: ZipFile(io.BytesIO(), 'q'))
show('bad compression', lambda: ZipFile(io.BytesIO(), 'w', compression=99))
show('bzip2', lambda: ZipFile(io.BytesIO(), 'w', compression=zipfile.ZIP_BZIP2).close() if False else None)
show('not zip', lambda: ZipFile(io.BytesIO(b'x' * 100)))
show('empty', lambda: ZipFile(io.BytesIO(b'')))
show('old date', lambda: ZipInfo('x', (1979, 1, 1, 0, 0, 0)))
print(ZipInfo('a\0b').filename, ZipInfo().filename, ZipInfo().date_time)

# corrupt CRC
bad = bytearray(data)
i = bad.find(b'Hello, world!')
bad[i] = ord('J')
with ZipFile(io.BytesIO(bytes(bad))) as z:
    print(z.testzip())
    show('bad crc', lambda: z.read('hello.txt'))
    print(z.read('data/deflated.bin')[:3])

# append mode
buf2 = io.BytesIO(data)
with ZipFile(buf2, 'a') as z:
    z.writestr(ZipInfo('appended.txt', DT), b'more')
with ZipFile(buf2) as z:
    print(z.namelist(), z.read('appended.txt'), z.comment)
# append to a non-zip file
buf3 = io.BytesIO(b'#!/bin/sh prefix data\n')
with ZipFile(buf3, 'a') as z:
    z.writestr(ZipInfo('inner.txt', DT), b'inner')
print(buf3.getvalue()[:22])
with ZipFile(buf3) as z:
    print(z.namelist(), z.read('inner.txt'), z.infolist()[0].header_offset)
print(zipfile.is_zipfile(buf3))
