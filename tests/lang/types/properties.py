# property: getter/setter/deleter, docs, copies, errors (3.13 wording).
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x value"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print('deleting x')
        self._x = None
    @property
    def ro(self):
        return 'read-only'

c = C()
c.x = 5
print(c.x)
del c.x
print(c.x)
print(C.x.__doc__, C.ro.__doc__)
print(type(C.x).__name__, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)
print(C.ro.fset, C.ro.fdel)
for stmt in ("c.ro = 1", "del c.ro"):
    try:
        exec(stmt)
    except AttributeError as e:
        print('AttributeError', e)

p = property()
try:
    p.__get__(c, C)
except AttributeError as e:
    print('AttributeError', e)
print(p.__get__(None, C) is p)

# property built by call
def getv(self): return 'v'
class D:
    v = property(getv, doc='doc of v')
print(D().v, D.v.__doc__)
try:
    D().v = 1
except AttributeError as e:
    print('AttributeError', e)

# copies are new objects
p1 = property(getv)
p2 = p1.setter(lambda s, v: None)
print(p1 is p2, p1.fget is p2.fget, p2.fset is not None, p1.fset)

# __set_name__ sets the name used in messages
class E:
    pass
q = property(lambda self: 1)
q.__set_name__(E, 'named')
try:
    q.__set__(E(), 2)
except AttributeError as e:
    print('AttributeError', e)
print(q.__name__)

# property subclass
class cached(property):
    pass
class F:
    @cached
    def val(self):
        "cached doc"
        return 99
print(F().val, type(F.__dict__['val']).__name__, F.val.__doc__)

# __isabstractmethod__
def ab(self): pass
ab.__isabstractmethod__ = True
print(property(ab).__isabstractmethod__, property(getv).__isabstractmethod__)

# property on a class is a data descriptor: instance dict cannot shadow it
g = C()
g.__dict__['ro'] = 'shadow'
print(g.ro)

# inheritance and overriding properties
class Base:
    @property
    def name(self): return 'base'
class Child(Base):
    @property
    def name(self): return 'child:' + super().name
print(Child().name)

class Temp:
    def __init__(self): self._c = 0
    def _get(self): return self._c
    def _set(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
    celsius = property(_get, _set)
t = Temp()
t.celsius = 20
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
