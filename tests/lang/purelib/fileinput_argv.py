import fileinput, os, sys, tempfile, pathlib

d = tempfile.mkdtemp()
paths = []
for i in range(3):
    p = os.path.join(d, 'f%d.txt' % i)
    with open(p, 'w') as f:
        f.write(''.join('file%d line%d\n' % (i, j) for j in range(i + 1)))
    paths.append(p)

sys.argv = ['prog'] + paths
counts = {}
for line in fileinput.input():
    name = os.path.basename(fileinput.filename())
    counts[name] = counts.get(name, 0) + 1
    if fileinput.isfirstline():
        print('first line of', name, 'at total line', fileinput.lineno())
print(counts)
fileinput.close()

sys.argv = ['prog']
with fileinput.FileInput() as f:
    print('stdin lines', list(f))

with fileinput.FileInput(pathlib.Path(paths[2])) as f:
    print([l.strip() for l in f], f.lineno())

with fileinput.FileInput(paths, mode='rb') as f:
    first = next(f)
    print(first, f.filelineno())
    f.nextfile()
    print(next(f), os.path.basename(f.filename()), f.lineno(), f.filelineno())
    print(f.readline(), f.readline(), f.readline())

f = fileinput.FileInput([])
print(f._files)
print(list(f))
f.close()

def hook(filename, mode):
    print('hook opens', os.path.basename(filename), mode)
    return open(filename, mode)
with fileinput.input(paths[:2], openhook=hook) as f:
    for line in f:
        pass
print(f.lineno())
try:
    with fileinput.input(paths[:1], openhook=hook, encoding='utf-8') as f:
        list(f)
except TypeError as e:
    print('TypeError', e)
for p in paths:
    os.remove(p)
os.rmdir(d)
