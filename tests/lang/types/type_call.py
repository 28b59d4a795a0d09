# type.__call__: __new__ then __init__, __init__ only if isinstance, type(x).
class Tracker:
    def __new__(cls, *args, **kw):
        print('new', cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        print('init', args, kw)
t = Tracker(1, k=2)
print(type(t).__name__)

class Other:
    def __init__(self):
        print('Other.__init__ should not run')
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(ReturnsOther())

class ReturnsSub:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print('init runs on', type(self).__name__)
class Sub(ReturnsSub):
    pass
print(type(ReturnsSub()).__name__)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print('TypeError', e)

print(type(1), type('a'), type(None), type(type), type(int))
for f in (lambda: type(), lambda: type(1, 2), lambda: type('a', (), {}, 1), lambda: type(1, (), {}),
          lambda: type('a', [], {}), lambda: type('a', (), [])):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

X = type('X', (object,), {'v': 5, 'get': lambda self: self.v})
print(X().get(), X.__name__, X.__bases__)
Y = type('Y', (X,), {})
print(Y().get(), Y.__mro__[1] is X)
print(type.__call__(X).get(), type.__new__(type, 'Q', (), {}).__name__)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

# __new__ is a static method automatically
class N:
    def __new__(cls):
        return 'from new'
print(type(N.__dict__['__new__']).__name__, N(), N.__new__(N))
print(object.__new__(N).__class__.__name__)

# object.__new__ / __init__ argument checking
class NoInit: pass
class WithInit:
    def __init__(self, a): self.a = a
class WithNew:
    def __new__(cls, a): return super().__new__(cls)
for f in (lambda: NoInit(1), lambda: NoInit(k=1), lambda: WithInit(1).a, lambda: WithNew(1),
          lambda: object(1), lambda: object.__new__(WithInit, 1), lambda: object.__init__(NoInit(), 1),
          lambda: object.__init__(WithInit(1), 1), lambda: object.__new__(NoInit, 1),
          lambda: WithInit()):
    try:
        r = f()
        print('ok', type(r).__name__)
    except TypeError as e:
        print('TypeError', e)
for f in (lambda: object.__new__(int), lambda: int.__new__(str), lambda: object.__new__(1),
          lambda: object.__new__(), lambda: int.__new__(bool), lambda: list.__new__(dict),
          lambda: float.__new__(int)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class IntSub(int): pass
print(int.__new__(IntSub, 5), type(int.__new__(IntSub, 5)).__name__, object.__new__(NoInit).__class__.__name__)
try:
    object.__new__(IntSub)
except TypeError as e:
    print('TypeError', e)
for name in ('NoneType', 'function', 'builtin_function_or_method'):
    tp = {'NoneType': type(None), 'function': type(len) if False else type(lambda: 0), 'builtin_function_or_method': type(len)}[name]
    try:
        tp()
    except TypeError as e:
        print('TypeError', e)
