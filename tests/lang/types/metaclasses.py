# Metaclasses: __new__/__init__/__call__/__prepare__, conflicts, inheritance.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, sorted(kw)))
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, sorted(k for k in ns if not k.startswith('__'))))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        log.append(('call', cls.__name__, args))
        return super().__call__(*args, **kw)

class A(metaclass=Meta, option=True):
    def method(self): pass
a = A()
class B(A):
    pass
for entry in log:
    print(entry)
print(type(A) is Meta, type(B) is Meta, A.injected, isinstance(A, type))

# metaclass attributes and methods visible on the class, not instances
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
    def describe(cls):
        return 'class ' + cls.__name__
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes, R2.describe())
try:
    R2().describe()
except AttributeError as e:
    print('AttributeError', e)

# conflicts
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print('TypeError', e)
class M3(M1, M2): pass
class Z(X, Y, metaclass=M3): pass
print(type(Z).__name__)

# a function as metaclass
def meta_func(name, bases, ns):
    ns['made_by'] = 'func'
    return type(name, bases, ns)
class F(metaclass=meta_func):
    pass
print(F.made_by, type(F))

# __prepare__ returning a non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class G(metaclass=BadPrep): pass
except TypeError as e:
    print('TypeError', e)

# ordered namespace: a custom mapping
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class H(metaclass=OrderMeta):
    b = 1
    a = 2
    def c(self): pass
print(H.order)

# type() with three arguments and a metaclass instance
T = Meta('T', (), {'k': 5})
print(T.k, type(T).__name__)
print(type(type), type(object), type(Meta))

# metaclass __repr__ / __str__ of classes
class ReprMeta(type):
    def __repr__(cls):
        return '<custom ' + cls.__name__ + '>'
class RR(metaclass=ReprMeta): pass
print(RR, repr(RR), str(RR))

# metaclass __getattr__ for missing class attributes
class Lazy(type):
    def __getattr__(cls, name):
        return name.upper()
class LL(metaclass=Lazy):
    real = 'real'
print(LL.real, LL.anything)

# __instancecheck__ / __subclasscheck__ on a metaclass
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Quacker(metaclass=Duck): pass
class Dk:
    def quack(self): pass
print(isinstance(Dk(), Quacker), isinstance(1, Quacker), issubclass(Dk, Quacker), issubclass(int, Quacker))
