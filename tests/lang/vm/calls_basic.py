# positional, keyword, defaults, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5))
print(f(a=1, c=2, e=9, b=7))
print(f(*[1, 2, 3], **{'c': 0, 'z': 1}))

def g(x, y, /, z, *, w=0):
    return x + y * 10 + z * 100 + w * 1000

print(g(1, 2, 3), g(1, 2, z=3), g(1, 2, 3, w=4))

def h(*args, **kwargs):
    return args, kwargs

print(h())
print(h(1, 2, x=3))
print(h(*(), **{}))
print(h(*range(3), *"ab", **{'k': 1}, **{'j': 2}))

def defaults(a, L=[]):
    L.append(a)
    return L

print(defaults(1), defaults(2), defaults(3, []))

def kwonly(*, a, b=5):
    return a - b
print(kwonly(a=10), kwonly(b=1, a=3))

# keyword names that match positional-only parameters go to **kwargs
def po(a, /, **kw):
    return a, kw
print(po(1, a=2))

lam = lambda x, y=3, *r, **k: (x, y, r, k)
print(lam(1), lam(1, 2, 3, q=4))

# nested calls and evaluation order
order = []
def t(n):
    order.append(n)
    return n
def s(*a, **k):
    return a, k
print(s(t(1), t(2), x=t(3), y=t(4)), order)

# many arguments
def many(*a):
    return sum(a)
print(many(*range(1000)))
print(many(*[i for i in range(300)], *[1] * 5))

def ret_none():
    pass
print(ret_none())

class C:
    def m(self, x, y=1):
        return (type(self).__name__, x, y)
    @staticmethod
    def sm(a, b):
        return a * b
    @classmethod
    def cm(cls, v):
        return cls.__name__, v

c = C()
print(c.m(5), C.m(c, 6, y=7), c.sm(3, 4), C.sm(2, 2), c.cm(1), C.cm(2))
bm = c.m
print(bm(9), bm(x=8))
