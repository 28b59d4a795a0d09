# Building classes dynamically: type(), class decorators, closures.
def make_class(name, fields):
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return '%s(%s)' % (name, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    return type(name, (), {'__init__': __init__, '__repr__': __repr__, '__eq__': __eq__,
                           '__slots__': tuple(fields)})
P = make_class('P', ['x', 'y'])
p = P(1, 2)
print(p, p == P(1, 2), p == P(2, 1), P.__slots__, P.__hash__)

def add_method(cls):
    cls.extra = lambda self: 'extra from ' + type(self).__name__
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
reg = []
@register(reg)
@add_method
class Decorated:
    pass
print(Decorated().extra(), reg)

def dataclass_like(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args, **kw):
        for f, a in zip(fields, args):
            setattr(self, f, a)
        for f in fields[len(args):]:
            setattr(self, f, kw.pop(f) if f in kw else getattr(cls, f))
        if kw:
            raise TypeError('unexpected %s' % sorted(kw))
    def __repr__(self):
        return cls.__qualname__ + '(' + ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields) + ')'
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    return cls
@dataclass_like
class Item:
    name: str
    qty: int = 1
    price: float = 0.0
print(Item('a'), Item('b', 2), Item('c', price=2.5))
try:
    Item('d', bogus=1)
except TypeError as e:
    print('TypeError', e)

# classes created in loops keep their own closures
classes = []
for i in range(3):
    class K:
        val = i
        def get(self, i=i): return i
    classes.append(K)
print([k.val for k in classes], [k().get() for k in classes], len(set(classes)))
# class created with type and explicit metaclass instance
Meta = type('Meta', (type,), {'tag': 'meta'})
Kls = Meta('Kls', (), {})
print(type(Kls).__name__, Kls.tag, isinstance(Kls, Meta))
# subclass dynamically
Sub = type('Sub', (P,), {})
print(Sub(3, 4), isinstance(Sub(0, 0), P))
# modifying the class after creation affects existing instances
class Live:
    pass
inst = Live()
Live.greet = lambda self: 'hi'
print(inst.greet())
Live.greet = property(lambda self: 'prop hi')
print(inst.greet)
