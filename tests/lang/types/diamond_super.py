# Cooperative multiple inheritance with super() through diamonds.
class Root:
    def __init__(self, **kw):
        self.trace = ['Root']
    def ping(self):
        return ['Root']
class Left(Root):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.trace.append('Left')
        self.left = left
    def ping(self):
        return ['Left'] + super().ping()
class Right(Root):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.trace.append('Right')
        self.right = right
    def ping(self):
        return ['Right'] + super().ping()
class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trace.append('Bottom')
    def ping(self):
        return ['Bottom'] + super().ping()
b = Bottom(left=1, right=2)
print(b.trace, b.left, b.right, b.ping())
print([c.__name__ for c in Bottom.__mro__])

# mixins
class JsonMixin:
    def to_json(self):
        items = sorted(vars(self).items())
        return '{' + ', '.join('"%s": %r' % kv for kv in items) + '}'
class ReprMixin:
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))
class Pt(JsonMixin, ReprMixin):
    def __init__(self, x, y): self.x, self.y = x, y
p = Pt(1, 2)
print(p, p.to_json())

# method resolution with overridden attributes in a wide hierarchy
class A: v = 'A'
class B(A): pass
class C(A): v = 'C'
class D(B, C): pass
print(D.v, D().v, [k.__name__ for k in D.__mro__])
class E(A): pass
class F(E, C): pass
print(F.v)

# super chain stops when a class does not call super
class Stop(Root):
    def ping(self):
        return ['Stop']
class Top(Left, Stop, Right):
    pass
print(Top().ping(), [c.__name__ for c in Top.__mro__])

# explicit two-argument super skipping a class
class S1:
    def f(self): return 'S1'
class S2(S1):
    def f(self): return 'S2'
class S3(S2):
    def f(self): return super(S2, self).f()
print(S3().f())
# super() with classmethods across a diamond
class CA:
    @classmethod
    def make(cls): return ['CA:' + cls.__name__]
class CB(CA):
    @classmethod
    def make(cls): return ['CB'] + super().make()
class CC(CA):
    @classmethod
    def make(cls): return ['CC'] + super().make()
class CD(CB, CC):
    @classmethod
    def make(cls): return ['CD'] + super().make()
print(CD.make())
