class Base:
    def __init__(self, v):
        self.v = v
    def who(self):
        return "Base"
    @classmethod
    def create(cls):
        return cls(0)

class Derived(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def who(self):
        return "Derived/" + super().who()
    def cls_name(self):
        return __class__.__name__

d = Derived(5)
print(d.v, d.who(), d.cls_name(), type(Derived.create()).__name__)

class Multi(Derived):
    def who(self):
        return "Multi/" + super(Multi, self).who()
print(Multi(1).who())

def no_args_super():
    super()
try:
    no_args_super()
except RuntimeError as e:
    print("RuntimeError", e)

class Outside:
    pass
def later(self):
    return super().__repr__()
Outside.later = later
try:
    Outside().later()
except RuntimeError as e:
    print("RuntimeError", e)


class WithCell:
    def m(self):
        return __class__
print(WithCell().m() is WithCell)

class NS:
    a = 1
    b = [a]
    def get_a(self):
        return self.a
    c = get_a
print(NS.b, NS().c(), sorted(k for k in NS.__dict__ if not k.startswith("__")))

class Ann:
    x: int = 1
    y: str
print(Ann.__annotations__, Ann.x)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class UsesMeta(metaclass=Meta):
    pass
print(UsesMeta.added, type(UsesMeta).__name__)

class Prop:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 10
p = Prop()
p.x = 4
print(p.x)

class Slots:
    __slots__ = ("a",)
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError", e)

class Callable:
    def __init__(self):
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return a, k
c = Callable()
print(c(1, x=2), c.calls)

class Nested:
    class Inner:
        def m(self):
            return type(self).__qualname__
print(Nested.Inner().m(), Nested.Inner.m.__qualname__)

def factory(n):
    class Made:
        val = n
        def get(self):
            return n
    return Made
print(factory(3).val, factory(4)().get())

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)

class Descr:
    def __get__(self, obj, typ):
        return ("get", obj is None, typ.__name__)
class HasDescr:
    d = Descr()
print(HasDescr.d, HasDescr().d)
