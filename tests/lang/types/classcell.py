# __class__ cell, __classcell__ propagation, zero-argument super.
class A:
    def get_class(self):
        return __class__
    def sup(self):
        return super()
class B(A):
    pass
print(A().get_class() is A, B().get_class() is A, type(B().sup()).__name__)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)
class WithCell(metaclass=Meta):
    def f(self):
        return __class__
class NoCell(metaclass=Meta):
    def f(self):
        return 1
print(WithCell().f() is WithCell, '__classcell__' in WithCell.__dict__)

class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class Broken(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError', str(e)[:40])

class Replacer(type):
    def __new__(mcls, name, bases, ns):
        return type('Other', (), {})
try:
    class Replaced(metaclass=Replacer):
        def f(self):
            return __class__
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, str(e).replace(__name__, 'M'))

try:
    type('T', (), {'__classcell__': 5})
except TypeError as e:
    print('TypeError', e)

# super() inside nested functions needs explicit args
class Outer:
    def method(self):
        def inner():
            return super(Outer, self).__repr__()[:7]
        return inner()
print(Outer().method())

# class methods and staticmethods see __class__ too
class Cm:
    @classmethod
    def c(cls): return __class__.__name__
    @staticmethod
    def s(): return __class__.__name__
print(Cm.c(), Cm.s())

# super() with self reassigned still uses the first argument slot
class Base2:
    def f(self): return 'base'
class Sub2(Base2):
    def f(self):
        return super().f()
print(Sub2().f())
# super() in a generator and a lambda inside a method
class G(Base2):
    def gen(self):
        yield super().f()
    def lam(self):
        return (lambda: super(G, self).f())()
print(list(G().gen()), G().lam())
