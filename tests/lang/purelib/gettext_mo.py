import gettext, io, os, struct, tempfile, builtins

def make_mo(entries, big_endian=False):
    # entries: dict of msgid bytes -> msgstr bytes, sorted by msgid as msgfmt does
    keys = sorted(entries)
    ids = b''; strs = b''; offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(entries[k])))
        ids += k + b'\0'
        strs += entries[k] + b'\0'
    n = len(keys)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets = []; voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    e = '>' if big_endian else '<'
    out = struct.pack(e + 'Iiiiiii', 0x950412de, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack(e + '%di' % len(koffsets), *koffsets)
    out += struct.pack(e + '%di' % len(voffsets), *voffsets)
    return out + ids + strs

header = (b'Project-Id-Version: test\nContent-Type: text/plain; charset=UTF-8\n'
          b'Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n'
          b'X-Multi: first\n continued\n')
entries = {
    b'': header,
    b'Hello': 'Привет'.encode(),
    b'file\0files': 'файл\0файла\0файлов'.encode(),
    b'menu\x04Open': 'Открыть (меню)'.encode(),
    b'verb\x04run\0runs': 'бежит0\0бежит1\0бежит2'.encode(),
    b'Only': 'Только'.encode(),
}
for be in (False, True):
    data = make_mo(entries, be)
    t = gettext.GNUTranslations(io.BytesIO(data))
    print('big-endian' if be else 'little-endian', t.charset(), sorted(t.info().items()))
    print(t.gettext('Hello'), t.gettext('Missing'), t.gettext('file'))
    for n in [0, 1, 2, 5, 11, 21, 22, 25, 101, 111]:
        print(n, t.ngettext('file', 'files', n), t.npgettext('verb', 'run', 'runs', n), t.ngettext('x', 'xs', n))
    print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'), t.npgettext('nope', 'a', 'b', 2))
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(t.ngettext('file', 'files', 1.5), t.ngettext('file', 'files', 21.0))
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])
    try:
        t.ngettext('file', 'files', '1')
    except TypeError as e:
        print('TypeError', e)

nt = gettext.NullTranslations()
print(nt.gettext('x'), nt.ngettext('a', 'b', 1), nt.ngettext('a', 'b', 3), nt.pgettext('c', 'm'), nt.npgettext('c', 'a', 'b', 0), nt.info(), nt.charset())
nt.add_fallback(t)
print(nt.gettext('Hello'), nt.ngettext('file', 'files', 3))
t2 = gettext.GNUTranslations(io.BytesIO(make_mo({b'': b'Content-Type: text/plain; charset=latin-1\n', b'Only': 'Seul\xe9'.encode('latin-1')})))
t2.add_fallback(gettext.GNUTranslations(io.BytesIO(make_mo(entries))))
print(t2.gettext('Only'), t2.gettext('Hello'), t2.ngettext('file', 'files', 2), t2.pgettext('menu', 'Open'))

for bad in [b'\x00\x00\x00\x00' * 5, struct.pack('<I', 0x950412de) + struct.pack('<4I', 5 << 16, 0, 0, 0),
            struct.pack('<I', 0x950412de) + struct.pack('<4I', 0, 1, 20, 28) + struct.pack('<4I', 100, 1000, 5, 2000)]:
    try:
        gettext.GNUTranslations(io.BytesIO(bad))
    except OSError as e:
        print('OSError', e.errno, e.strerror)

t.install()
print(_('Hello'))
t.install(names=['ngettext', 'pgettext', 'bogus'])
print(builtins.ngettext('file', 'files', 2), builtins.pgettext('menu', 'Open'))
del builtins._, builtins.ngettext, builtins.pgettext

d = tempfile.mkdtemp()
for lang, word in [('de', b'Hallo'), ('fr', b'Bonjour')]:
    os.makedirs(os.path.join(d, lang, 'LC_MESSAGES'))
    with open(os.path.join(d, lang, 'LC_MESSAGES', 'app.mo'), 'wb') as f:
        f.write(make_mo({b'': b'Content-Type: text/plain; charset=UTF-8\n', b'Hello': word}))
print(os.path.relpath(gettext.find('app', d, ['de']), d))
print([os.path.relpath(p, d) for p in gettext.find('app', d, ['fr', 'de'], all=True)])
print(gettext.find('app', d, ['es']), gettext.find('app', d, ['es'], all=True), gettext.find('app', d, ['C', 'de']))
tr = gettext.translation('app', d, ['fr', 'de'])
print(type(tr).__name__, tr.gettext('Hello'), tr._fallback.gettext('Hello'))
print(type(gettext.translation('app', d, ['es'], fallback=True)).__name__)
try:
    gettext.translation('app', d, ['es'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
class Mine(gettext.GNUTranslations):
    pass
print(type(gettext.translation('app', d, ['de'], class_=Mine)).__name__)
print(gettext.bindtextdomain('app', d) == d, gettext.textdomain(), gettext.textdomain('app'), gettext.textdomain())
os.environ['LANGUAGE'] = 'de'
print(gettext.gettext('Hello'), gettext.dgettext('app', 'Hello'), gettext.dgettext('nodomain', 'Hello'))
print(gettext.ngettext('a', 'b', 2), gettext.dngettext('nodomain', 'a', 'b', 1), gettext.pgettext('c', 'Hello'), gettext.npgettext('c', 'x', 'y', 5))
gettext.install('app', d)
print(_('Hello'))
del builtins._
print(gettext.Catalog is gettext.translation)
for root, dirs, files in os.walk(d, topdown=False):
    for f in files: os.remove(os.path.join(root, f))
    for dd in dirs: os.rmdir(os.path.join(root, dd))
os.rmdir(d)
