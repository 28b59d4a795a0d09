# Comprehensions in class bodies: class-level names are invisible except in
# the first iterable (evaluated in the class scope).

class A:
    y = 10
    try:
        bad = [y for _ in range(2)]
    except NameError as e:
        print(type(e).__name__, e)
    ok = [i for i in [y, y + 1]]
    also_ok = [i * 2 for i in range(y) if i < 3]

print(A.ok, A.also_ok)

class B:
    n = 3
    try:
        r = [[j for j in range(n)] for i in range(2)]
    except NameError as e:
        print(type(e).__name__, e)
    try:
        r = {k: n for k in range(2)}
    except NameError as e:
        print(type(e).__name__, e)
    try:
        r = [i for i in range(2) if n]
    except NameError as e:
        print(type(e).__name__, e)

g = 'global g'
class Cg:
    g = 'class g'
    r = [g for _ in range(1)]
print(Cg.r)

def enclosing():
    q = 'function q'
    class C:
        q = 'class q'
        r = [q for _ in range(2)]
        s = [q for q in ['iter q']]
        after = q
    return C.r, C.s, C.after

print(enclosing())

def enclosing_lambda():
    v = 'fv'
    class C:
        fs = [lambda: (v, i) for i in range(2)]
    return [f() for f in C.fs]

print(enclosing_lambda())

class Methods:
    factor = 3
    def scale(self, xs):
        return [x * self.factor for x in xs]
    @classmethod
    def cm(cls, xs):
        return {x: cls.factor for x in xs}
    def with_super(self):
        return [super().__str__() is not None for _ in range(2)]
    def with_class(self):
        return [__class__.__name__ for _ in range(1)]

m = Methods()
print(m.scale([1, 2]), Methods.cm([1]), m.with_super(), m.with_class())

class Base:
    def hello(self, n):
        return 'hello%d' % n
class Derived(Base):
    def hellos(self):
        return [super().hello(i) for i in range(3)]
    def nested(self):
        return [[super().hello(i * j) for j in range(2)] for i in range(2)]
print(Derived().hellos(), Derived().nested())

class UsesClass:
    try:
        r = [__class__ for _ in range(1)]
    except NameError as e:
        print(type(e).__name__, e)

class Names:
    x = 'class x'
    lst = [x for x in 'ab']
    names = sorted(k for k in locals() if not k.startswith('__'))
print(Names.x, Names.lst, Names.names)

class Private:
    __p = 'private'
    r = [i for i in [__p]]
    def m(self):
        __q = 'q'
        return [(__q, self.__p, __i) for __i in range(1)]
print(Private.r, Private().m())

class Nested:
    class Inner:
        vals = [i ** 2 for i in range(4)]
    total = [v for v in Inner.vals]
print(Nested.total)

# walrus in a class-body comprehension is a SyntaxError
try:
    exec("class W:\n    r = [(z := i) for i in range(2)]\n")
except SyntaxError as e:
    print(type(e).__name__, e)
