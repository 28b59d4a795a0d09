# Abstract classes via a hand-written ABCMeta-like metaclass.
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f

class ABCMetaLite(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        abstracts = {n for n, v in ns.items() if getattr(v, '__isabstractmethod__', False)}
        for base in bases:
            for n in getattr(base, '__abstractmethods__', set()):
                v = getattr(cls, n, None)
                if getattr(v, '__isabstractmethod__', False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._registry = set()
        return cls
    def register(cls, sub):
        cls._registry.add(sub)
        return sub
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
    def __subclasscheck__(cls, sub):
        if super().__subclasscheck__(sub):
            return True
        return any(issubclass(sub, r) for r in cls._registry)

class Shape(metaclass=ABCMetaLite):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 0

for cls in (Shape, Half, Square):
    try:
        obj = cls(2) if cls is Square else cls()
        print(obj.describe())
    except TypeError as e:
        print('TypeError', e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)

# registration and virtual subclasses
class Sized(metaclass=ABCMetaLite):
    pass
Sized.register(list)
print(isinstance([], Sized), isinstance((), Sized), issubclass(list, Sized), issubclass(Square, Shape))

# __abstractmethods__ can be set and cleared directly
class Later:
    def f(self): pass
Later.__abstractmethods__ = frozenset({'f'})
try:
    Later()
except TypeError as e:
    print('TypeError', e)
Later.__abstractmethods__ = frozenset()
print(type(Later()).__name__)
Later.__abstractmethods__ = ('a', 'b', 'c')
try:
    Later()
except TypeError as e:
    print('TypeError', e)
del Later.__abstractmethods__
print(type(Later()).__name__)
try:
    type.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
try:
    int.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
# abstract property
class WithProp(metaclass=ABCMetaLite):
    @property
    @abstractmethod
    def value(self): ...
print(sorted(WithProp.__abstractmethods__))
try:
    WithProp()
except TypeError as e:
    print('TypeError', e)
class Concrete(WithProp):
    @property
    def value(self): return 5
print(Concrete().value)
