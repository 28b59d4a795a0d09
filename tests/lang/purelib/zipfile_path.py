import zipfile, io, os, tempfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr('a.txt', 'A\r\nline2')
    z.writestr('dir/b.txt', 'B')
    z.writestr('dir/sub/c.py', 'C = 1\n')
    z.writestr('empty/', '')
    z.writestr('u.txt', 'caf\u00e9'.encode('utf-8'))
z = zipfile.ZipFile(buf)
z.filename = 'arch.zip'
p = zipfile.Path(z)
print(repr(p), str(p), repr(p.name), p.is_dir(), [str(x) for x in p.iterdir()], [x.name for x in p.iterdir()])
d = p / 'dir'
print(repr(d), d.is_dir(), d.exists(), [x.name for x in d.iterdir()], d.parent, (d / 'b.txt').read_text(), (d / 'b.txt').read_bytes(),
      (d / 'b.txt').suffix, (d / 'sub' / 'c.py').stem, (d / 'b.txt').suffixes)
print((p / 'nope').exists(), (p / 'a.txt').is_file(), (p / 'empty').is_dir(), list(p.glob('*.txt')), list(p.rglob('*.py')),
      (d / 'sub' / 'c.py').relative_to(p))
print(p.joinpath('dir', 'b.txt'), (d / 'b.txt').open().read(), (d / 'b.txt').open('rb').read(), zipfile.Path(z, 'dir/').name,
      (d / 'b.txt').filename)
print(repr((p / 'a.txt').read_text()), (p / 'u.txt').read_text(), (p / 'u.txt').read_text(encoding='latin-1'))
for bad in [lambda: (p / 'nope').read_text(), lambda: d.open(), lambda: (p / 'a.txt').iterdir(), lambda: p.glob(''),
            lambda: p.glob('a**b'), lambda: (p / 'a.txt').open('rb', encoding='x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(p.root is z, (p / 'a.txt').match('*.txt'), d.at, (d / 'b.txt').at, p == zipfile.Path(z), hash(p) == hash(zipfile.Path(z)))
print(list(p.glob('**/*')), list(d.glob('*')), list(p.glob('?.txt')), list(p.glob('[ab].txt')), list(d.glob('**')))
print(p.parent, d.parent.parent, (d / 'sub' / 'c.py').parent, (d / 'sub').is_symlink())
with (p / 'dir' / 'sub' / 'c.py').open() as f:
    print(f.read())

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'w.zip')
with zipfile.ZipFile(path, 'w') as zw:
    root = zipfile.Path(zw)
    with (root / 'new.txt').open('w') as f:
        f.write('written \u00e9')
    with (root / 'bin.dat').open('wb') as f:
        f.write(b'\x00\x01')
zp = zipfile.Path(path)
print([x.name for x in zp.iterdir()], (zp / 'new.txt').read_text(), (zp / 'bin.dat').read_bytes(), zp.name)
zp.root.close()
os.remove(path)
os.rmdir(tmp)
