# dump/load with file objects, several pickles in one stream, Pickler memo reuse,
# clear_memo, subclassing Pickler/Unpickler, find_class overrides.
import pickle, io

f = io.BytesIO()
for p in range(6):
    pickle.dump({'proto': p, 'data': [1, 2.5, 'x']}, f, p)
f.seek(0)
for p in range(6):
    print(pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)
print(f.getvalue())

# one Pickler, several dumps: the memo carries over
shared = ['shared']
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print(f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
a = up.load(); b = up.load(); c = up.load()
print(a, b, c, a is b, a is c)

for p in (0, 1, 4):
    f = io.BytesIO(); pk = pickle.Pickler(f, p)
    pk.dump('s'); pk.dump('s'); pk.dump(['s', 's'])
    print(p, f.getvalue())
    f.seek(0); up = pickle.Unpickler(f)
    print(up.load(), up.load(), up.load())

# restricted unpickler
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('range', 'complex'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))
for obj in (range(3), 1j, [set()], print):
    data = pickle.dumps(obj, 2)
    try:
        print(Restricted(io.BytesIO(data)).load())
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)

# readline/read-only file-like object
class Reader:
    def __init__(self, data): self.data = data; self.pos = 0
    def read(self, n):
        r = self.data[self.pos:self.pos + n]; self.pos += len(r); return r
    def readline(self):
        i = self.data.find(b'\n', self.pos)
        end = len(self.data) if i < 0 else i + 1
        r = self.data[self.pos:end]; self.pos = end; return r
class Writer:
    def __init__(self): self.chunks = []
    def write(self, b): self.chunks.append(bytes(b)); return len(b)
for p in range(6):
    w = Writer()
    pickle.dump([p, 'abc', {'k': (1, 2)}], w, p)
    data = b''.join(w.chunks)
    print(p, data == pickle.dumps([p, 'abc', {'k': (1, 2)}], p), pickle.load(Reader(data)))

# protocol attribute and defaults
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.dumps(1)[:2], pickle.dumps(1, protocol=-1)[:2])
print(pickle.Pickler(io.BytesIO()).proto if hasattr(pickle.Pickler(io.BytesIO()), 'proto') else 4)
print(pickle.loads(pickle.dumps('kw', protocol=0), fix_imports=False, encoding='latin1', errors='strict'))
print(isinstance(pickle.PickleError(), Exception), pickle.PicklingError.__mro__[1].__name__)
