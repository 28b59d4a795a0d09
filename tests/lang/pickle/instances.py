# Class instances: default reduction, __reduce__/__reduce_ex__, __getstate__/__setstate__,
# __getnewargs__/__getnewargs_ex__, slots, subclasses of builtins.
import pickle

class Plain:
    def __init__(self): self.x = 1; self.y = [1, 'a']
class Empty: pass
class Slots:
    __slots__ = ('p', 'q')
    def __init__(self): self.p = 1
class SlotsDict:
    __slots__ = ('p', '__dict__')
    def __init__(self): self.p = 1; self.z = 2
class SlotsState:
    __slots__ = ('a', 'b')
    def __init__(self, a=0, b=0): self.a = a; self.b = b
    def __getstate__(self): return (self.a, self.b)
    def __setstate__(self, st): self.a, self.b = st
class NA:
    def __new__(cls, a, b=0):
        o = object.__new__(cls); o.a = a; return o
    def __getnewargs__(self): return (self.a,)
class NX:
    def __new__(cls, a, *, k=0):
        o = object.__new__(cls); o.a = a; o.k = k; return o
    def __getnewargs_ex__(self): return ((self.a,), {'k': self.k})
class NXnokw:
    def __new__(cls, a):
        o = object.__new__(cls); o.a = a; return o
    def __getnewargs_ex__(self): return ((self.a,), {})
class GS:
    def __init__(self): self.hidden = 'no'
    def __getstate__(self): return {'v': 42}
    def __setstate__(self, s): self.__dict__.update(s); self.restored = True
class FalseState:
    def __getstate__(self): return 0
    def __setstate__(self, s): self.got = s
class Red:
    def __init__(self, a, b): self.a = a; self.b = b
    def __reduce__(self): return (Red, (self.a, self.b))
class RedState:
    def __reduce__(self): return (RedState, (), {'s': 1}, iter([1, 2]), iter([('k', 'v')]))
    def append(self, x): self.__dict__.setdefault('items', []).append(x)
    def extend(self, xs):
        for x in xs: self.append(x)
    def __setitem__(self, k, v): self.__dict__[k] = v
class RedEx:
    def __reduce_ex__(self, proto): return (RedEx.make, (proto,))
    @staticmethod
    def make(p):
        o = RedEx(); o.p = p; return o
class RedStr:
    def __reduce__(self): return 'the_instance'
the_instance = RedStr()
class Setter:
    def __reduce__(self): return (Setter, (), {'a': 1}, None, None, Setter.apply)
    @staticmethod
    def apply(obj, state): obj.applied = state
class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
class F(float): pass
class LA(list):
    def __init__(self, *a): super().__init__(*a); self.attr = 'x'

def show(o):
    d = getattr(o, '__dict__', None)
    extra = sorted(d.items()) if d else ''
    slots = [(n, getattr(o, n, '<unset>')) for n in getattr(type(o), '__slots__', ()) if n != '__dict__']
    base = ''
    if isinstance(o, (list, dict, int, str, tuple, float)):
        base = repr(type(o).__mro__[-2](o))
    return '%s %s %s %s' % (type(o).__name__, base, extra, slots)

objs = [Plain(), Empty(), Slots(), SlotsDict(), SlotsState(3, 4), NA(5), NX(1, k=2), NXnokw(7), GS(),
        FalseState(), Red(1, [2]), RedState(), RedEx(), the_instance, Setter(), L([1, 2]), D(a=1),
        I(7), S('s'), T((1, 2)), F(2.5), LA([3])]
for i, o in enumerate(objs):
    for p in range(6):
        try:
            data = pickle.dumps(o, p)
        except Exception as e:
            print(i, p, type(e).__name__, e)
            continue
        print(i, p, data)
        back = pickle.loads(data)
        print('  ', show(back), back is the_instance)
# one instance referenced twice
pl = Plain()
b = pickle.loads(pickle.dumps([pl, pl], 2))
print(b[0] is b[1])
# instance whose state refers back to it
cyc = Plain(); cyc.me = cyc
for p in range(6):
    data = pickle.dumps(cyc, p)
    print(p, data)
    b = pickle.loads(data)
    print(b.me is b)
