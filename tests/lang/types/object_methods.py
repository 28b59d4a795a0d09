# The methods of `object` itself.
o = object()
print(type(o).__name__, o.__class__ is object, object.__base__, object.__bases__)
for f in (lambda: setattr(o, 'x', 1), lambda: o.x, lambda: object(1), lambda: object(a=1)):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(object.__subclasshook__(int), object.__init_subclass__(), object.__format__(o, '') == str(o))
print(o.__sizeof__() > 0, sorted(object.__dir__(o)) == dir(o))
class A:
    def __init__(self): self.a = 1
a = A()
print(a.__getstate__())
class S:
    __slots__ = ('x', 'y')
s = S()
s.x = 1
print(s.__getstate__())
print(object.__getstate__(object()))
print(sorted(n for n in dir(object) if not n.startswith('__') or n in ('__class__', '__doc__')))
print(object.__doc__.splitlines()[0])
class Eq:
    pass
e = Eq()
print(e.__eq__(e), e.__eq__(1), e.__ne__(1), e.__lt__(e), e.__ge__(e))
print(object.__eq__(1, 1), object.__eq__(1, 2))
print(object.__hash__(5) == object.__hash__(5), object.__repr__(Eq())[:14])
print(object.__str__(Eq())[:14], object.__repr__(5)[:13])
try:
    object.__init__()
except TypeError as e:
    print('TypeError', e)
print(object.__new__(Eq).__class__.__name__, object.__setattr__(a, 'b', 2), a.b)
object.__delattr__(a, 'b')
print(hasattr(a, 'b'))
try:
    object.__setattr__(int, 'x', 1)
except TypeError as e:
    print('TypeError', e)
