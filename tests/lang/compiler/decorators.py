# Decorators and function attributes
order = []
def deco(name):
    order.append('make ' + name)
    def wrap(f):
        order.append('apply ' + name)
        def inner(*a, **k):
            return name + '(' + str(f(*a, **k)) + ')'
        inner.__name__ = f.__name__
        return inner
    return wrap

@deco('outer')
@deco('inner')
def base(x):
    return x * 2

print(order)
print(base(5), base.__name__)

def count_calls(f):
    f.calls = 0
    def w(*a):
        f.calls += 1
        return f(*a)
    w.orig = f
    return w

@count_calls
def add(a, b):
    return a + b
add(1, 2); add(3, 4)
print(add.orig.calls)

class C:
    @staticmethod
    def s(x):
        return ('static', x)
    @classmethod
    def c(cls, x):
        return ('class', cls.__name__, x)
    @property
    def p(self):
        return 'prop'
print(C.s(1), C().s(2), C.c(3), C().p)

def class_deco(cls):
    cls.decorated = True
    return cls

@class_deco
class D:
    pass
print(D.decorated)

@(lambda f: f)
def ident():
    return 'expr decorator'
print(ident())

def defaults(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(defaults(1, c=3))
print(defaults(1, 5, 6, 7, c=3, d=0, e=9))
print(defaults.__defaults__, defaults.__kwdefaults__)

def annotated(a: int, b: 'str' = 'x', *args: float, k: bool = True, **kw: dict) -> list:
    pass
print(annotated.__annotations__)

def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

def docfunc():
    """Docstring here."""
    return 1
print(docfunc.__doc__)
def nodoc():
    x = 'not a doc'
    return x
print(nodoc.__doc__)

lam = lambda x, y=3: x + y
print(lam(1), lam(1, 1), lam.__name__)

def gen_default():
    evaluated = []
    def f(a=evaluated.append(1) or len(evaluated)):
        return a
    return f(), f(), evaluated
print(gen_default())

def kwonly_default_eval_order():
    log = []
    def f(a=log.append('a') or 1, *, b=log.append('b') or 2):
        return a, b
    return log, f()
print(kwonly_default_eval_order())

def qual():
    def inner():
        pass
    return inner.__qualname__
print(qual(), qual.__qualname__)

class Q:
    def m(self):
        def inner():
            pass
        return inner.__qualname__
print(Q().m())

def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(10))
