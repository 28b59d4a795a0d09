# super in all its forms.
class A:
    def f(self): return 'A.f'
    @classmethod
    def cm(cls): return 'A.cm(%s)' % cls.__name__
    @staticmethod
    def sm(): return 'A.sm'
    @property
    def p(self): return 'A.p'
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def cm(cls): return 'B.cm>' + super().cm()
    @staticmethod
    def sm(): return 'B.sm>' + super(B, B).sm()
    @property
    def p(self): return 'B.p>' + super().p
class C(A):
    def f(self): return 'C.f>' + super().f()
class D(B, C):
    def f(self): return 'D.f>' + super().f()
print(D().f())
print(D.cm(), D().cm(), B.sm(), D().p)
print(super(B, D()).f(), super(C, D()).f())
print(super(D, D).cm(), super(B, D).f(D()))
s = super(B, D())
print(s.__thisclass__.__name__, s.__self_class__.__name__, type(s.__self__).__name__)
print(repr(super(B, D())).startswith('<super: <class'))
u = super(B)
print(u.__self__, u.__self_class__, u.__thisclass__.__name__)

# super in __init__ chains (cooperative)
class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
class Left(Base):
    def __init__(self, left=None, **kw):
        print('Left', left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print('Right', right)
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
Both(left=1, right=2, extra=3) if False else None
try:
    Both(left=1, right=2)
except TypeError as e:
    print('TypeError', e)

# errors
for f in (lambda: super(1, 2), lambda: super(B, 1), lambda: super(B, int), lambda: super(B, A())):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print('RuntimeError', e)

# super().__class__ and attribute fallback
class K(A):
    def g(self):
        return super().__class__.__name__, super().__doc__ is None
print(K().g())
try:
    super(K, K()).missing
except AttributeError as e:
    print('AttributeError', e)

# super with __getattr__ in base is not triggered via super's lookup of data
class G:
    def __getattr__(self, n): return 'G.getattr:' + n
class H(G):
    def get(self):
        return super().__getattr__('x')
print(H().get())

# super in a classmethod of a metaclass
class Meta(type):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.created_by = 'Meta'
        return inst
class M(metaclass=Meta):
    pass
print(M().created_by)

# super in __new__
class N:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(N(1, 2).args)
class N2(N):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
print(N2(3).args)

# super() with the __class__ cell also sees the class
class Z:
    def which(self):
        return __class__.__name__
class ZZ(Z): pass
print(ZZ().which())

# super object as descriptor
class Sd(A):
    pass
sup = super(Sd)
bound = sup.__get__(Sd(), Sd)
print(bound.f())
