import shutil, os, tempfile, zipfile
d = tempfile.mkdtemp()
src = os.path.join(d, 'src')
os.makedirs(os.path.join(src, 'sub', 'deep'))
with open(os.path.join(src, 'a.txt'), 'w') as f: f.write('A' * 100)
with open(os.path.join(src, 'sub', 'b.txt'), 'w') as f: f.write('B')
with open(os.path.join(src, 'sub', 'deep', 'c.txt'), 'w') as f: f.write('C')
arc = shutil.make_archive(os.path.join(d, 'out'), 'zip', src)
print(os.path.relpath(arc, d), sorted(zipfile.ZipFile(arc).namelist()))
arc2 = shutil.make_archive(os.path.join(d, 'nested', 'two'), 'zip', root_dir=d, base_dir='src')
print(os.path.relpath(arc2, d), sorted(zipfile.ZipFile(arc2).namelist()))
print(zipfile.ZipFile(arc).getinfo('a.txt').compress_type == zipfile.ZIP_DEFLATED)
shutil.unpack_archive(arc, os.path.join(d, 'un'))
print(sorted(os.path.relpath(os.path.join(r, f), os.path.join(d, 'un')) for r, ds, fs in os.walk(os.path.join(d, 'un')) for f in fs))
shutil.unpack_archive(arc2, os.path.join(d, 'un2'), 'zip')
print(open(os.path.join(d, 'un2', 'src', 'sub', 'deep', 'c.txt')).read())
for bad in [lambda: shutil.make_archive(os.path.join(d, 'x'), 'rar', src),
            lambda: shutil.unpack_archive(os.path.join(d, 'src', 'a.txt')),
            lambda: shutil.unpack_archive(arc, d, 'rar')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
print(('zip', 'ZIP file') in shutil.get_archive_formats(), any(f[0] == 'zip' for f in shutil.get_unpack_formats()))
shutil.rmtree(d)
