# Assigning __bases__ recomputes the MRO of the class and its subclasses.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
    def only_b(self): return 'only in B'
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__], C.__base__.__name__)
print(C in A.__subclasses__(), C in B.__subclasses__(), issubclass(D, A), issubclass(D, B))
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in C.__mro__])
class Adder:
    def __add__(self, o): return 'added'
C.__bases__ = (Adder,)
print(d + 1)
def err(f):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
err(lambda: setattr(C, '__bases__', ()))
err(lambda: setattr(C, '__bases__', [A]))
err(lambda: setattr(C, '__bases__', (1,)))
err(lambda: setattr(C, '__bases__', (D,)))
err(lambda: setattr(C, '__bases__', (int,)))
err(lambda: setattr(int, '__bases__', (object,)))
class X: pass
class Y(X): pass
err(lambda: setattr(C, '__bases__', (X, Y)))
print([k.__name__ for k in C.__mro__])
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class T(S1):
    __slots__ = ()
T.__bases__ = (S2,)
print(T.__bases__[0].__name__)
