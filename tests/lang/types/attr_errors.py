# AttributeError messages and .name/.obj of CPython 3.13.
class C:
    __slots__ = ('s',)
class D:
    pass
def show(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, '|', e, '|', e.name, '|', type(e.obj).__name__)
    except TypeError as e:
        print(type(e).__name__, '|', e)
d = D()
show(lambda: d.missing)
show(lambda: D.missing)
show(lambda: C().s)
show(lambda: setattr(C(), 'other', 1))
show(lambda: (1).foo)
show(lambda: setattr(1, 'foo', 2))
show(lambda: int.foo)
show(lambda: setattr(int, 'foo', 1))
show(lambda: delattr(int, 'foo'))
show(lambda: setattr(int, '__name__', 'x'))
show(lambda: delattr(D, 'nothing'))
show(lambda: delattr(d, 'nothing'))
show(lambda: 'abc'.nope)
show(lambda: [].nope)
show(lambda: None.nope)
show(lambda: setattr((1).real.__class__, 'x', 1))
show(lambda: setattr(object(), 'x', 1))
show(lambda: setattr(len, 'x', 1))
show(lambda: type.__dict__['__name__'].__set__(int, 'x'))
show(lambda: setattr(D.__dict__, 'x', 1))
show(lambda: D.__dict__.update)
import sys
show(lambda: sys.no_such_attribute)
class P:
    @property
    def ro(self): return 1
show(lambda: setattr(P(), 'ro', 2))
show(lambda: delattr(P(), 'ro'))
class Named:
    pass
Named.__name__ = 'Renamed'
show(lambda: Named().q)
show(lambda: setattr(D, '__name__', 5))
show(lambda: setattr(D, '__qualname__', 5))
show(lambda: setattr(D, '__bases__', 5) if False else D.__nope__)
try:
    d.missing
except AttributeError as e:
    print(e.obj is d, e.name)
