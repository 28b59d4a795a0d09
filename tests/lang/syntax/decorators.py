def dec(f):
    f.tag = 'dec'
    return f
def dec2(n):
    def d(f):
        f.n = n
        return f
    return d
class NS:
    class inner:
        @staticmethod
        def c(f):
            f.c = True
            return f
@dec
@dec2(1)
@NS.inner.c
def f(): pass
print(f.tag, f.n, f.c)
decs = [dec]
@decs[0]
def g(): pass
print(g.tag)
@(lambda f: f)
def h(): return 'h'
print(h())
@x := dec
def k(): pass
print(k.tag, x is dec)
@dec
class C:
    @property
    def p(self): return 'prop'
    @staticmethod
    def s(): return 'static'
    @classmethod
    def c(cls): return cls.__name__
print(C.tag, C().p, C.s(), C.c())
def trace(fn):
    def wrapper(*a, **kw):
        print('call', fn.__name__, a, kw)
        return fn(*a, **kw)
    return wrapper
@trace
def add(a, b=0): return a + b
print(add(1, b=2))
@dec2(n=5) if False else dec2(6)
def m(): pass
print(m.n)
