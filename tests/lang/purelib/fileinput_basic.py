import fileinput, os, sys, tempfile, gzip

d = tempfile.mkdtemp()
def mk(name, text, mode='w'):
    p = os.path.join(d, name)
    with open(p, mode) as f:
        f.write(text)
    return p

a = mk('a.txt', 'a1\na2\na3\n')
b = mk('b.txt', 'b1\nb2')
e = mk('empty.txt', '')
c = mk('c.txt', 'c1\n')
base = os.path.basename

with fileinput.input([a, e, b, c]) as f:
    for line in f:
        print(repr(line), base(f.filename()), f.lineno(), f.filelineno(), f.isfirstline(), f.isstdin(), f.fileno() > 0)
print(base(f.filename()), f.lineno(), f.fileno())

for line in fileinput.input((a, b)):
    if fileinput.filelineno() == 2:
        fileinput.nextfile()
        print('skip rest of', base(fileinput.filename()))
        continue
    print(repr(line), fileinput.lineno(), fileinput.isfirstline())
fileinput.close()
for fn in (fileinput.filename, fileinput.lineno, fileinput.nextfile, fileinput.fileno, fileinput.isstdin):
    try:
        fn()
    except RuntimeError as ex:
        print('RuntimeError', ex)

fi = fileinput.input(a)
print(repr(next(fi)))
try:
    fileinput.input(b)
except RuntimeError as ex:
    print('RuntimeError', ex)
fileinput.close()

f = fileinput.FileInput(a, mode='rb')
print(list(f))
f.close()
f = fileinput.FileInput([a, b])
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f.close()

for kw in [dict(mode='w'), dict(openhook=5), dict(openhook=open, inplace=True)]:
    try:
        fileinput.FileInput(a, **kw)
    except ValueError as ex:
        print('ValueError', ex)

# in-place editing with a backup
with fileinput.input([a], inplace=True, backup='.orig') as f:
    for line in f:
        print(line.rstrip().upper() + '!')
print(open(a).read(), open(a + '.orig').read())
with fileinput.input(b, inplace=True) as f:
    for line in f:
        sys.stdout.write(line.replace('b', 'B'))
print(repr(open(b).read()), os.path.exists(b + '.bak'))

g = os.path.join(d, 'z.gz')
with gzip.open(g, 'wb') as gz:
    gz.write(b'gz1\ngz2\n')
with fileinput.input([g, c], openhook=fileinput.hook_compressed) as f:
    print(list(f))
lat = mk('lat.txt', 'caf\xe9\n'.encode('latin-1'), 'wb')
with fileinput.input(lat, openhook=fileinput.hook_encoded('latin-1')) as f:
    print(list(f))
with fileinput.input(lat, encoding='latin-1') as f:
    print(list(f))
try:
    with fileinput.input(os.path.join(d, 'missing')) as f:
        list(f)
except FileNotFoundError as ex:
    print('FileNotFoundError', ex.errno)
with fileinput.input(['-']) as f:
    print(list(f), f.isstdin(), f.filename())
print(fileinput.FileInput[str])
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
