# dir() and vars() on instances, classes, modules, and custom __dir__.
class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
    def __init__(self): self.inst = 3
b = B()
d = dir(b)
print([n for n in d if not n.startswith('__')])
print('__init__' in d, '__class__' in d, '__dict__' in d, d == sorted(d))
print([n for n in dir(B) if not n.startswith('__')], 'inst' in dir(B))
print(sorted(vars(b)), vars(b) is b.__dict__)
print(sorted(k for k in vars(A) if not k.startswith('__')))
try:
    vars(1)
except TypeError as e:
    print('TypeError', e)
class Custom:
    def __dir__(self): return ['z', 'a', 'm']
print(dir(Custom()))
class TupleDir:
    def __dir__(self): return ('q', 'p')
print(dir(TupleDir()))
class BadDir:
    def __dir__(self): return 5
try:
    dir(BadDir())
except TypeError as e:
    print('TypeError', e)
class Slots:
    __slots__ = ('x', 'y')
print([n for n in dir(Slots()) if not n.startswith('__')])
print([n for n in dir(int) if n in ('__add__', '__radd__', 'bit_length', 'real', '__hash__')])
print('__mro__' in dir(type), 'mro' in dir(type), '__subclasses__' in dir(int), 'mro' in dir(int))
def f():
    x = 1; y = 2
    return dir()
print(f())
class Meta(type):
    def meta_method(cls): pass
class WithMeta(metaclass=Meta):
    pass
print('meta_method' in dir(WithMeta), hasattr(WithMeta, 'meta_method'))
print(sorted(n for n in dir(object()) if n in ('__eq__', '__repr__', '__init_subclass__', '__dict__')))
