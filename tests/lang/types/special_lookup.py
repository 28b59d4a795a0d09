# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self): return 1
    def __repr__(self): return 'C-repr'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance repr'
print(len(c), repr(c), c.__len__(), c.__repr__())
class Plain: pass
p = Plain()
p.__add__ = lambda o: 'inst add'
try:
    p + 1
except TypeError as e:
    print('TypeError', e)
p.__call__ = lambda: 'called'
try:
    p()
except TypeError as e:
    print('TypeError', e)
p.__iter__ = lambda: iter([1])
try:
    iter(p)
except TypeError as e:
    print('TypeError', e)
p.__enter__ = lambda: None
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except TypeError as e:
    print('TypeError', e)
class CM:
    def __enter__(self):
        print('enter'); return 'value'
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None); return True
with CM() as v:
    print('body', v)
    raise ValueError('swallowed')
print('after with')
# __getattr__ is not consulted for special methods
class GA:
    def __getattr__(self, name):
        return lambda *a: 'from getattr ' + name
g = GA()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print('TypeError', e)
# __getattribute__ is bypassed for implicit lookups too
class GAttr:
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
    def __len__(self): return 5
ga = GAttr()
print(len(ga))
print(ga.__len__())
# class attribute that is a callable object (not a function) is not bound
class Adder:
    def __call__(self, a, b=0): return ('adder', type(a).__name__, b)
class UsesAdder:
    __add__ = Adder()
print(UsesAdder() + 1)
# staticmethod/classmethod as special methods
class SM:
    @staticmethod
    def __neg__(): return 'static neg'
try:
    print(-SM())
except TypeError as e:
    print('TypeError', e)
class CMeth:
    @classmethod
    def __neg__(cls): return 'classmethod neg of ' + cls.__name__
print(-CMeth())
# special method defined as None disables it
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print('TypeError', e)
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print('TypeError', e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print('TypeError', e)
