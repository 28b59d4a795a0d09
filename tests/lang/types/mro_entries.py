# __mro_entries__, __orig_bases__, __prepare__ and __build_class__ details.
class Base: pass
class Proxy:
    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return (Base,)
p = Proxy()
class C(p): pass
print(C.__bases__, C.__orig_bases__ == (p,), '__orig_bases__' in C.__dict__)
class D(Base): pass
print('__orig_bases__' in D.__dict__)
class Empty:
    def __mro_entries__(self, bases): return ()
class E(Empty()): pass
print(E.__bases__)
class Bad:
    def __mro_entries__(self, bases): return [Base]
try:
    class F(Bad()): pass
except TypeError as e:
    print('TypeError', e)
try:
    type('G', (p,), {})
except TypeError as e:
    print('TypeError', e)
try:
    class H(5): pass
except TypeError as e:
    print('TypeError', e)

# generic-like alias with __mro_entries__
class Alias:
    def __init__(self, origin): self.origin = origin
    def __mro_entries__(self, bases): return (self.origin,)
class MyList(Alias(list)):
    pass
print(MyList.__mro__, MyList([1, 2]))

# __build_class__ directly
import builtins
def body():
    pass
Made = builtins.__build_class__(body, 'Made')
print(Made.__name__, Made.__module__)
for f in (lambda: builtins.__build_class__(), lambda: builtins.__build_class__(1, 'x'),
          lambda: builtins.__build_class__(body, 1)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
# class body can return early? namespace contents
class NS:
    a = 1
    b = a + 1
    del a
print(hasattr(NS, 'a'), NS.b)
# class body sees global names, not enclosing class names in methods
x = 'global'
class Scoping:
    x = 'class'
    def get(self): return x
print(Scoping().get())
def outer():
    y = 'enclosing'
    class Inner:
        z = y
        def get(self): return y
    return Inner
print(outer().z, outer()().get())
# keyword arguments go to the metaclass
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(metaclass=M, a=1, b=2): pass
print(sorted(K.kw.items()))
class K2(K, c=3): pass
print(K2.kw)
