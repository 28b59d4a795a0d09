x = "global x"
class A:
    x = "class x"
    y = x
    def m(self):
        return x
    def n(self):
        return __class__.x
print(A.y, A().m(), A().n())

def f():
    x = "enclosing x"
    class B:
        print(x)
        x = "B x"
        print(x)
        def m(self):
            return x
    return B().m()
print(f())

def g():
    v = "free"
    class C:
        w = v
        def m(self):
            return v
    return C.w, C().m()
print(g())

def h():
    y = 1
    class D:
        nonlocal y
        y = 2
    return y
print(h())

class E:
    a = 1
    b = [a for _ in range(1)] if False else None
    c = (lambda: "lam")()
    d = [i for i in range(2)]
print(E.b, E.c, E.d)

class F:
    try:
        z = undefined_name_here
    except NameError as e:
        msg = str(e)
print(F.msg)

class G:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
class H(G, tag="hello"):
    pass
print(H.tag)

class I:
    __qualname__ = "Custom.Qual"
print(I.__qualname__)

class J:
    locals_seen = sorted(k for k in locals())
print(J.locals_seen)

def outer():
    class K:
        def get(self):
            return K
    return K().get() is K
print(outer())
