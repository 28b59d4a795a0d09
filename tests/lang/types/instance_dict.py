# Instance __dict__: creation, replacement, sharing, deletion, vars().
class A:
    cls_attr = 'c'
a = A()
print(a.__dict__, vars(a) is a.__dict__)
a.x = 1
d = a.__dict__
d['y'] = 2
print(a.y, sorted(d))
a.__dict__ = {'z': 3}
print(a.z, hasattr(a, 'x'), d)
for v in (None, 1, [('a', 1)]):
    try:
        a.__dict__ = v
    except TypeError as e:
        print('TypeError', e)
try:
    del a.__dict__
except TypeError as e:
    print('TypeError', e)
b = A()
shared = {'s': 'shared'}
a.__dict__ = shared
b.__dict__ = shared
a.s = 'changed'
print(b.s)
class MyDict(dict):
    pass
a.__dict__ = MyDict(m=1)
print(a.m, type(a.__dict__).__name__)
print(type(A.__dict__['__dict__']).__name__, A.__dict__['__dict__'].__get__(b) is shared)
class B(A):
    pass
print('__dict__' in B.__dict__, B.__dict__.get('__dict__'))
print(vars(B()) == {}, sorted(k for k in vars(A) if not k.startswith('__static') and k != '__firstlineno__'))
class S:
    __slots__ = ('p',)
try:
    vars(S())
except TypeError as e:
    print('TypeError', e)
try:
    S().__dict__
except AttributeError as e:
    print('AttributeError', e)
# instance dict keys can be non-identifiers
c = A()
c.__dict__['not an identifier'] = 1
c.__dict__[5] = 'int key'
print(getattr(c, 'not an identifier'), sorted(map(str, c.__dict__)))
setattr(c, '', 'empty')
print(getattr(c, ''))
# attribute lookup order: data descr > instance dict > non-data descr/class attr
class Order:
    attr = 'class'
    @property
    def prop(self): return 'property'
o = Order()
o.__dict__.update(attr='instance', prop='ignored')
print(o.attr, o.prop)
