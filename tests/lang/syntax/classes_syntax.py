class A: pass
class B(): pass
class C(A, B): x = 1
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcls, name, bases, ns)
class D(A, metaclass=M, flag=True):
    """doc"""
    y: int = 2
    def method(self, v): return v * self.y
print(C.x, D.kw, D.__doc__, D().method(3), D.__annotations__)
print([k.__name__ for k in C.__mro__])
bases = (A,)
class E(*bases): pass
print(E.__bases__)
class F:
    class G:
        z = 'nested'
print(F.G.z, F.G.__qualname__)
class H:
    a = 1; b = 2
    def f(self): return self.a + self.b
print(H().f())
class I(
    A,
):
    pass
print(I.__bases__)
class J: x = [i for i in range(3)]
print(J.x)
