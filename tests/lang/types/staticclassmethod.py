# staticmethod and classmethod objects.
class C:
    @staticmethod
    def s(x, y=2):
        "static doc"
        return x + y
    @classmethod
    def c(cls, v=0):
        "class doc"
        return (cls.__name__, v)
class D(C): pass
print(C.s(1), C().s(1, 3), D.s(5), C.c(), D.c(1), D().c(2))
sm = C.__dict__['s']
cm = C.__dict__['c']
print(type(sm).__name__, type(cm).__name__, sm.__func__ is C.s, cm.__func__.__name__)
print(sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__)
print(sm.__name__, sm.__qualname__, sm.__doc__, cm.__doc__, cm.__name__)
print(sm(10), callable(sm), callable(cm))
print(sm.__get__(None, C) is C.s, cm.__get__(None, D)())
bound = cm.__get__(D())
print(bound(), bound.__self__ is D, type(bound).__name__)
print(sm.__isabstractmethod__, cm.__isabstractmethod__)

def plain(*a): return a
s2 = staticmethod(plain)
c2 = classmethod(plain)
class E:
    f = s2
    g = c2
print(E.f(1), E().f(1), E.g(1), E().g(2)[0].__name__)
s2.extra = 'attr'
print(s2.extra, sorted(k for k in vars(s2)))

for f in (lambda: staticmethod(), lambda: classmethod(1, 2), lambda: staticmethod(f=1)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
# classmethod of a non-callable still works as a descriptor until called
cm3 = classmethod(5)
class F:
    x = cm3
try:
    F.x()
except TypeError as e:
    print('TypeError', e)
# staticmethod wrapping a builtin
class G:
    length = staticmethod(len)
    maker = classmethod(dict.fromkeys.__func__) if hasattr(dict.fromkeys, '__func__') else None
print(G.length('abcd'), G().length([1]))

# classmethod used as alternative constructor
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    @classmethod
    def origin(cls): return cls(0, 0)
    def __repr__(self): return '%s(%d, %d)' % (type(self).__name__, self.x, self.y)
class Point3(Point): pass
print(Point.origin(), Point3.origin())
print(repr(staticmethod(plain)).startswith('<staticmethod(<function plain'))
print(repr(classmethod(plain)).startswith('<classmethod(<function plain'))
# subclassing staticmethod
class mystatic(staticmethod):
    pass
class H:
    @mystatic
    def f(): return 'mystatic works'
print(H.f(), type(H.__dict__['f']).__name__)
