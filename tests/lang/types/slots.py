# __slots__: member descriptors, missing attributes, __dict__ and errors.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(p, '__dict__'), type(P.x).__name__, P.x, P.__slots__)
print([k for k in P.__dict__ if k in ('x', 'y', '__dict__', '__weakref__')])

class Q(P):
    __slots__ = ('z',)
q = Q(5)
q.z = 6
print(q.x, q.z, hasattr(q, '__dict__'))

class R(P):
    pass
r = R(1)
r.anything = 2
print(r.anything, r.__dict__)

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

def err(src):
    try:
        exec(src, {})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

err("class A:\n    __slots__ = ('x',)\n    x = 1\n")
err("class A:\n    __slots__ = ('1x',)\n")
err("class A:\n    __slots__ = ('__dict__', '__dict__')\n")
err("class A:\n    pass\nclass B(A):\n    __slots__ = ('__dict__',)\n")
err("class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ('b',)\nclass C(A, B): pass\n")
err("class A(int):\n    __slots__ = ('a',)\n")
err("class A:\n    __slots__ = (1,)\n")

class S:
    __slots__ = 'single'
s = S()
s.single = 'ok'
print(s.single, S.__slots__)

# private name mangling of slots
class M:
    __slots__ = ('__private',)
    def set(self, v): self.__private = v
    def get(self): return self.__private
m = M()
m.set(4)
print(m.get(), '_M__private' in M.__dict__)

# empty slots
class N:
    __slots__ = ()
try:
    N().a = 1
except AttributeError as e:
    print('AttributeError', e)

# slots with class-level defaults via another class
class Base:
    __slots__ = ('v',)
class Sub(Base):
    __slots__ = ()
    def __init__(self): self.v = 'sub'
print(Sub().v)
# member descriptor on the wrong type
try:
    P.x.__get__(Sub(), Sub)
except TypeError as e:
    print('TypeError', e)
print(P.x.__get__(None, P) is P.x)
