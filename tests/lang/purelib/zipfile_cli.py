import zipfile, os, tempfile, io, sys, contextlib
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'tree', 'sub'))
for name, text in [('a.txt', 'A'), ('sub/b.txt', 'B' * 50)]:
    with open(os.path.join(d, 'tree', name), 'w') as f:
        f.write(text)
arc = os.path.join(d, 'cli.zip')
zipfile.main(['-c', arc, os.path.join(d, 'tree'), os.path.join(d, 'tree', 'a.txt')])
with zipfile.ZipFile(arc) as z:
    print(z.namelist(), [i.compress_type for i in z.infolist()])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    zipfile.main(['-t', arc])
print(repr(out.getvalue()))
out = io.StringIO()
with contextlib.redirect_stdout(out):
    zipfile.main(['-l', arc])
print([line.split()[0] for line in out.getvalue().splitlines()], out.getvalue().splitlines()[1].split()[-1])
zipfile.main(['-e', arc, os.path.join(d, 'out')])
print(sorted(os.listdir(os.path.join(d, 'out'))), open(os.path.join(d, 'out', 'tree', 'sub', 'b.txt')).read()[:5])
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        zipfile.main([])
except SystemExit as e:
    print('SystemExit', e.code, err.getvalue().splitlines()[-1])
try:
    zipfile.main(['-l', os.path.join(d, 'tree', 'a.txt')])
except zipfile.BadZipFile as e:
    print('BadZipFile', e)
import shutil
shutil.rmtree(d)
