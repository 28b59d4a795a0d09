# Descriptor protocol: data vs non-data precedence, __get__/__set__/__delete__.
class NonData:
    def __get__(self, obj, owner=None):
        return ('nondata', obj is None, owner.__name__)
class Data:
    def __init__(self):
        self.store = {}
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return ('data', self.store.get(id(obj)))
    def __set__(self, obj, value):
        self.store[id(obj)] = value
    def __delete__(self, obj):
        print('delete called')
        self.store.pop(id(obj), None)
class GetOnlyWithSet:
    def __set__(self, obj, value):
        print('set only', value)

class C:
    nd = NonData()
    d = Data()
    so = GetOnlyWithSet()

c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = 'instance wins'
print(c.nd)
c.d = 5
print(c.d)
c.__dict__['d'] = 'ignored'
print(c.d)
del c.d
print(c.d)
print(type(C.d).__name__)
c.so = 1
print(type(C.__dict__['so']).__name__)
print(c.so is C.__dict__['so'])
c.__dict__['so'] = 'dict'
print(c.so)

# descriptor on the metaclass
class Meta(type):
    @property
    def info(cls):
        return 'meta property of ' + cls.__name__
class K(metaclass=Meta):
    pass
print(K.info)
try:
    K().info
except AttributeError as e:
    print('AttributeError', e)

# functions are non-data descriptors
def f(self, x):
    return (self, x)
class H: pass
h = H()
bound = f.__get__(h, H)
print(bound(1)[1], bound.__self__ is h)
print(f.__get__(None, H) is f)

# __get__ invoked with owner only on class access
class Trace:
    def __get__(self, obj, owner):
        return 'obj' if obj is not None else 'cls:' + owner.__name__
class T:
    t = Trace()
class U(T): pass
print(T.t, U.t, U().t)

# descriptors returned by type.__dict__ directly
print(type(T.__dict__['t']).__name__)

# slot wrapper and method-wrapper descriptors
w = int.__dict__['__add__']
print(w, w.__name__, w.__objclass__, w.__qualname__)
mw = (7).__add__
print(type(mw).__name__, mw(3), mw.__self__, mw.__name__)
print(w.__get__(7, int)(1), w(7, 8))
try:
    w('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    w()
except TypeError as e:
    print('TypeError', e)
try:
    w.__get__('a', str)
except TypeError as e:
    print('TypeError', e)
print(object.__dict__['__class__'], type(object.__dict__['__class__']).__name__)
print(type.__dict__['__dict__'])
