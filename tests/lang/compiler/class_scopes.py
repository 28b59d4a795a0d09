# Class scopes: not visible to methods, __class__, super, name mangling
x = 'global x'

class A:
    x = 'class x'
    y = x + '!'
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()

print(A.y, A().m(), A.z, A.w)

def f():
    x = 'f local'
    class B:
        print('in B body:', x)
        x = 'B attr'
        print('after assign:', x)
        def m(self):
            return x
    return B

B = f()
print(B.x, B().m())

def g():
    v = 'enclosing'
    class C:
        def get(self):
            return v
        w = v
    return C

C = g()
print(C().get(), C.w)

class Base:
    def hello(self):
        return 'Base.hello'
    @classmethod
    def cm(cls):
        return 'Base.cm ' + cls.__name__

class Derived(Base):
    def hello(self):
        return 'Derived+' + super().hello()
    @classmethod
    def cm(cls):
        return 'Derived+' + super().cm()
    def cls_cell(self):
        return __class__.__name__

d = Derived()
print(d.hello(), Derived.cm(), d.cls_cell())

class Mangle:
    __secret = 42
    def get(self):
        return self.__secret
    def set(self, v):
        self.__priv = v
        return self._Mangle__priv

m = Mangle()
print(m.get(), m.set(7), hasattr(m, '__priv'), '_Mangle__secret' in Mangle.__dict__)

class _Under:
    __x = 1
print([k for k in vars(_Under) if 'x' in k])

class Outer:
    class Inner:
        def q(self):
            return 'inner'
    def make(self):
        return self.Inner().q()
print(Outer().make(), Outer.Inner.__qualname__, Outer.make.__qualname__)

def factory():
    class Local:
        def meth(self):
            pass
    return Local
print(factory().__qualname__, factory().meth.__qualname__)

class WithDoc:
    "The doc."
    a = 1
print(WithDoc.__doc__)

class NoDoc:
    a = 1
print(NoDoc.__doc__)

class Attrs:
    def __init__(self):
        self.a = 1
        self.b = 2
    def other(self):
        self.c = 3
print(Attrs.__static_attributes__)
print(Attrs.__firstlineno__ > 0)

class Kw(dict, metaclass=type):
    pass
print(Kw.__mro__[1].__name__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['extra'] = kw
        return super().__new__(mcls, name, bases, ns)

class UsesMeta(metaclass=Meta, flag=True):
    pass
print(UsesMeta.extra)

bases = (Base,)
class StarBases(*bases):
    pass
print(StarBases().hello())

class ClassVarComp:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(ClassVarComp.doubled)

try:
    class Fails:
        vals = [1, 2]
        bad = [vals for _ in range(2)]
except NameError as e:
    print(type(e).__name__, e)

class Nested:
    def outer(self):
        def inner():
            return __class__
        return inner()
print(Nested().outer().__name__)
