# Type attributes: __name__, __qualname__, __module__, __dict__, __doc__, ...
class A:
    "doc of A"
    x = 1
    def m(self): pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__)
print(type(A.__dict__).__name__, A.__dict__['x'], 'm' in A.__dict__, len(A.__dict__) > 3)
try:
    A.__dict__['y'] = 2
except TypeError as e:
    print('TypeError', e)
print(A.__dict__.get('x'), A.__dict__.get('zz', 'dflt'), 'x' in A.__dict__)
print(sorted(k for k in A.__dict__.keys() if not k.startswith('__')))
print(repr(A.__dict__)[:12], str(type(A.__dict__.copy())))

A.__name__ = 'Renamed'
A.__qualname__ = 'Some.Qual'
print(A.__name__, A.__qualname__, repr(A), A().__class__.__qualname__)
A.__module__ = 'mymod'
print(repr(A))
A.__doc__ = 'new doc'
print(A.__doc__)
for f in (lambda: setattr(A, '__name__', 3), lambda: setattr(A, '__qualname__', None),
          lambda: setattr(int, '__name__', 'x'), lambda: setattr(int, '__doc__', 'x'),
          lambda: setattr(A, '__name__', 'a\0b'), lambda: delattr(A, '__name__')):
    try:
        f()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

print(int.__name__, int.__qualname__, int.__module__, type(int.__doc__).__name__)
print(object.__doc__[:30])
print(type.__name__, type.__module__, type(type.__dict__).__name__)

class B:
    pass
print(B.__doc__, B.__annotations__ if hasattr(B, '__annotations__') else 'no ann')
class Ann:
    x: int
    y: str = 'a'
print(Ann.__annotations__, Ann.y)
print(B.__type_params__, B.__itemsize__)

# __module__ from the defining module's globals
ns = {'__name__': 'fake.module'}
exec('class Z: pass', ns)
print(ns['Z'].__module__, repr(ns['Z']))
T = type('T', (), {})
print(T.__module__, T.__qualname__, T.__doc__)
T2 = type('T2', (), {'__qualname__': 'Custom.T2', '__doc__': 'docstr', '__module__': 'm'})
print(T2.__qualname__, T2.__doc__, repr(T2), '__qualname__' in T2.__dict__)
try:
    type('T3', (), {'__qualname__': 1})
except TypeError as e:
    print('TypeError', e)

# class-level attributes of various kinds
class K:
    a = [1, 2]
    b = {'k': 'v'}
    c = staticmethod(len)
    d = classmethod(lambda cls: cls.__name__)
    e = property(lambda self: 'prop')
print(K.a, K.b, K.c('abc'), K.d(), K().e, type(K.__dict__['c']).__name__)

# mappingproxy behaviour
mp = K.__dict__
print('a' in mp, mp['a'] is K.a, type(iter(mp)).__name__ != '', len(list(mp.items())) == len(mp))
print(type(mp).__name__, isinstance(mp, dict))
MappingProxyType = type(type.__dict__)
print(MappingProxyType({'x': 1}))
try:
    MappingProxyType([1])
except TypeError as e:
    print('TypeError', e)
m2 = MappingProxyType({'b': 2, 'a': 1})
print(m2 | {'c': 3}, list(m2), m2 == {'a': 1, 'b': 2}, m2.get('a'), m2.copy())
