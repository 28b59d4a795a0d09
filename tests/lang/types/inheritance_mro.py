# Inheritance, method overriding, MRO (C3) and its errors.
class A:
    def who(self): return 'A'
    def hello(self): return 'hello from ' + self.who()
class B(A):
    def who(self): return 'B'
class C(A):
    def who(self): return 'C'
class D(B, C):
    pass
print(D().hello(), [k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.__mro__])

def err(f):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

class X: pass
class Y(X): pass
err(lambda: type('Z', (X, Y), {}))
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
err(lambda: type('R', (Q1, Q2), {}))
err(lambda: type('R', (X, X), {}))
err(lambda: type('R', (bool,), {}))
err(lambda: type('R', (int, str), {}))
err(lambda: type('R', (1,), {}))

print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)))
print(D.__bases__ == (B, C), D.__base__ is B)
print(A.__subclasses__() == [B, C])

# overriding and calling base explicitly
class Base:
    def __init__(self):
        self.log = ['Base']
class Derived(Base):
    def __init__(self):
        Base.__init__(self)
        self.log.append('Derived')
print(Derived().log)

# attribute resolution through the MRO
class M1:
    x = 'M1'
class M2:
    x = 'M2'
    y = 'M2y'
class M3(M1, M2): pass
print(M3.x, M3.y)
M1.y = 'M1y'
print(M3.y)
del M1.y
print(M3.y)

# deep single inheritance
cls = object
for i in range(50):
    cls = type('L%d' % i, (cls,), {'depth': i})
print(cls.depth, len(cls.__mro__), cls.__mro__[1].__name__)

# object is at the end
print(D.__mro__[-1] is object, object.__mro__, object.__bases__, object.__base__)
print(type.__mro__, type.__base__)
