# copy/deepcopy and pickle agree on the same reduction protocol (copyreg, __reduce_ex__,
# __getstate__/__setstate__, __deepcopy__ untouched by pickle).
import pickle, copy, copyreg

class Vec:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return 'Vec(%r, %r)' % (self.x, self.y)
copyreg.pickle(Vec, lambda v: (Vec, (v.x, v.y)))

class Stateful:
    def __init__(self): self.items = [1, 2]; self.cache = 'drop me'
    def __getstate__(self):
        st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = 'rebuilt'

class WithDeep:
    def __init__(self): self.v = [1]
    def __deepcopy__(self, memo):
        o = WithDeep(); o.v = ['deep']; return o

class Counter:
    calls = []
    def __reduce_ex__(self, proto):
        Counter.calls.append(proto)
        return (Counter, ())

v = Vec([1], {'a': 2})
for p in range(6):
    b = pickle.loads(pickle.dumps(v, p))
    print(p, b, b.x is v.x)
c = copy.copy(v); d = copy.deepcopy(v)
print(c, c.x is v.x, d, d.x is v.x)

s = Stateful()
for p in range(6):
    b = pickle.loads(pickle.dumps(s, p))
    print(p, b.items, b.cache)
print(copy.copy(s).cache, copy.deepcopy(s).cache, copy.deepcopy(s).items is s.items)

w = WithDeep()
print(copy.deepcopy(w).v, pickle.loads(pickle.dumps(w)).v)

for p in range(6):
    pickle.dumps(Counter(), p)
copy.copy(Counter()); copy.deepcopy(Counter())
print(Counter.calls)

# deep structures with sharing: pickle and deepcopy preserve the same shape
inner = [1, 2]
outer = {'a': inner, 'b': inner, 't': (inner, inner)}
for f in (copy.deepcopy, lambda o: pickle.loads(pickle.dumps(o, 2)), lambda o: pickle.loads(pickle.dumps(o, 0))):
    r = f(outer)
    print(r, r['a'] is r['b'], r['t'][0] is r['a'], r['a'] is inner)

# subclass of builtin with extra attributes
class Tagged(list):
    def __init__(self, *a, tag=None):
        super().__init__(*a); self.tag = tag
t = Tagged([1, 2], tag='x')
for p in range(6):
    b = pickle.loads(pickle.dumps(t, p))
    print(p, type(b).__name__, list(b), b.tag)
b = copy.deepcopy(t); print(type(b).__name__, list(b), b.tag)

class TD(dict):
    pass
td = TD(a=1); td.extra = [1]
for p in range(6):
    b = pickle.loads(pickle.dumps(td, p))
    print(p, type(b).__name__, dict(b), b.extra)
print(copy.copy(td).extra is td.extra, copy.deepcopy(td).extra is td.extra)
