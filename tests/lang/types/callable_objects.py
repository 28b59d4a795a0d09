# __call__: instances, classes, metaclasses; callable(); call errors.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=2), add5(x=2, other=1))
try:
    add5()
except TypeError as e:
    print('TypeError', e)
print(callable(add5), callable(Adder), callable(1), callable(print), callable(Adder.__call__))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)
nc = NotCallable()
NotCallable.__call__ = lambda self: 'now callable'
print(callable(nc), nc())
del NotCallable.__call__
print(callable(nc))
class Meta(type):
    def __call__(cls, *args, **kw):
        print('Meta.__call__', cls.__name__, args, kw)
        return type.__call__(cls, *args, **kw)
class K(metaclass=Meta):
    def __init__(self, a, b=0):
        self.s = a + b
print(K(1, b=2).s)
class Factory:
    def __call__(self):
        return Factory
f = Factory()
print(f()()() is Factory)
# __call__ as staticmethod
class St:
    @staticmethod
    def __call__(*a): return ('static call', a)
print(St()(1))
# calling a class with wrong args
class Two:
    def __init__(self, a, b): pass
for args in ((), (1,), (1, 2, 3)):
    try:
        Two(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    Two(1, 2, c=3)
except TypeError as e:
    print('TypeError', e)
# bound method of a callable instance attribute is not bound
class Holder:
    f = Adder(10)
print(Holder().f(1))
# callable with __call__ returning NotImplemented passes it through
class RetNI:
    def __call__(self): return NotImplemented
print(RetNI()())
