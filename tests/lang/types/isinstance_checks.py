# isinstance/issubclass: tuples, nesting, __class__ override, abstract classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, (A,)))), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(int, type), isinstance(type, type))
print(isinstance(type, object), isinstance(object, type), issubclass(type, object))

class Liar:
    @property
    def __class__(self):
        return A
l = Liar()
print(isinstance(l, A), isinstance(l, Liar), type(l).__name__, l.__class__.__name__)

# a non-type "class" with __bases__
class Fake:
    def __init__(self, bases): self.__bases__ = bases
fa = Fake(())
fb = Fake((fa,))
print(issubclass(fb, fa), issubclass(fa, fb))
class InstWithClass:
    pass
i = InstWithClass()
i.__class__ = InstWithClass
print(isinstance(i, InstWithClass))

for f in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
          lambda: issubclass(int, 1), lambda: issubclass(int, (1,)), lambda: isinstance(1, [int])):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', type(inst).__name__)
        return True
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return False
class Any(metaclass=Meta): pass
print(isinstance(5, Any), isinstance('x', (int, Any)), issubclass(int, Any), issubclass(Any, Any))
print(isinstance(Any(), Any))

# deeply nested tuples
t = int
for _ in range(20):
    t = (t,)
print(isinstance(1, t), issubclass(bool, t))

# exceptions propagate from __instancecheck__
class Bad(type):
    def __instancecheck__(cls, inst):
        raise ValueError('nope')
class Bd(metaclass=Bad): pass
try:
    isinstance(1, Bd)
except ValueError as e:
    print('ValueError', e)
print(isinstance(Bd(), Bd))
