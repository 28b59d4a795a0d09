# Class definition features
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

class A(Base, tag='a'):
    pass
class B(Base):
    pass
print(A.tag, B.tag)

class Desc:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + '.' + name
    def __get__(self, obj, typ=None):
        return self.name
class Holder:
    d = Desc()
print(Holder.d)

class Order:
    b = 1
    a = 2
    def m(self): pass
print([k for k in Order.__dict__ if not k.startswith('__')])
print(Order.__qualname__, Order.__module__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2 = Counter(), Counter()
print(c1.id, c2.id, Counter.count)

class Prop:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
p = Prop()
p.x = 5
print(p.x)

class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = Slots()
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__)

class Repr:
    def __repr__(self):
        return 'Repr()'
    def __eq__(self, o):
        return isinstance(o, Repr)
    __hash__ = None
print(Repr(), Repr() == Repr(), Repr.__hash__)

def make(n):
    class Dyn:
        val = n
        def get(self):
            return self.val * n
    return Dyn
print(make(3)().get(), make(4).val)

class Multi(A, B):
    pass
print([k.__name__ for k in Multi.__mro__])

class WithClassVarInMethod:
    factor = 3
    def compute(self, v):
        return v * self.factor
    @classmethod
    def cm(cls):
        return cls.factor
    @staticmethod
    def sm():
        return 'static'
print(WithClassVarInMethod().compute(2), WithClassVarInMethod.cm(), WithClassVarInMethod.sm())

class SuperChain:
    def who(self):
        return ['SuperChain']
class Mid(SuperChain):
    def who(self):
        return ['Mid'] + super().who()
class Leaf(Mid):
    def who(self):
        return ['Leaf'] + super().who()
print(Leaf().who())

class SuperInComp(SuperChain):
    def who(self):
        return [super().who()[0] for _ in range(2)]
print(SuperInComp().who())

class SuperInLambda(SuperChain):
    def who(self):
        f = lambda: super(SuperInLambda, self).who()
        return f()
print(SuperInLambda().who())

class DocAndAnn:
    """class doc"""
    x: int = 1
print(DocAndAnn.__doc__, DocAndAnn.__annotations__)

class EmptyBody:
    ...
print(EmptyBody.__name__)

class Nested:
    class Inner:
        class Deep:
            pass
print(Nested.Inner.Deep.__qualname__)

class ClassScopeGlobal:
    global created_by_class
    created_by_class = 'yes'
print(created_by_class)

class Conditional:
    if True:
        a = 'yes'
    else:
        a = 'no'
    for i in range(3):
        last = i
    del i
print(Conditional.a, Conditional.last, hasattr(Conditional, 'i'))
