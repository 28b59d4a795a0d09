# Edge cases of type.__new__/__init__, object.__init__, property names, copy protocol.
def t(f):
    try: print(repr(f()).split(" at 0x")[0])
    except Exception as e: print(type(e).__name__, e)
class M(type): pass
t(lambda: M(5))
t(lambda: M('X', (), {}).__class__)
t(lambda: type('A', (), {}, x=1))
t(lambda: type.__init__(type('Q', (), {}), 'Q', (), {}, x=1))
t(lambda: type.__new__(M, 'N', (), {}).__class__)
t(lambda: type.__new__(int, 'N', (), {}))
t(lambda: type.__new__(1, 'N', (), {}))
class P:
    x = property(lambda self: 1)
t(lambda: setattr(P(), 'x', 2))
t(lambda: P.x.__name__)
t(lambda: property(lambda self: 1).__name__)
t(lambda: property().__name__)
class Base:
    def __init__(self, *a): super().__init__(*a)
t(lambda: Base(1))
class WithNew:
    def __new__(cls, *a): return super().__new__(cls, *a)
t(lambda: WithNew(1))
class Both:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): super().__init__(*a)
t(lambda: Both(1))
t(lambda: object.__init__(object(), 1))
t(lambda: object.__init__(5, x=1))
t(lambda: int.__init__(5, 1, 2, 3))
t(lambda: list.__init__([], 1, 2))
t(lambda: [].__init__())
t(lambda: object.__reduce_ex__(P(), 2)[0].__name__)
import copy
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s2 = copy.copy(Slotted())
t(lambda: (s2.a, hasattr(s2, 'b')))
class WithState:
    def __init__(self): self.v = [1]
    def __getstate__(self): return {'v': self.v, 'extra': 1}
d = copy.deepcopy(WithState())
t(lambda: sorted(vars(d)))
class Sub(list): pass
sl = Sub([1, 2]); sl.attr = 'x'
c = copy.copy(sl)
t(lambda: (type(c).__name__, c, c.attr))
class DSub(dict): pass
dd = DSub(a=1); dd.z = 2
c2 = copy.deepcopy(dd)
t(lambda: (type(c2).__name__, c2, c2.z))
class IS(int): pass
i = IS(5); i.q = 1
c3 = copy.copy(i)
t(lambda: (type(c3).__name__, c3, c3.q))
