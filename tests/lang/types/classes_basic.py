# Basic class creation, instances, attributes and methods.
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(sorted(vars(p).items()))
p.z = 5
print(sorted(p.__dict__))
del p.z
print(hasattr(p, 'z'), hasattr(p, 'x'))
print(type(p) is Point, p.__class__ is Point, isinstance(p, Point), isinstance(p, object))
print(Point.norm2(p), Point.norm2.__qualname__)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.__dict__['norm2'])
Point.dims = 3
print(p.dims)
p.dims = 10
print(p.dims, Point.dims)
del p.dims
print(p.dims)

class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__, Empty.__mro__)
print([k for k in Empty.__dict__ if not k.startswith('__static') and k != '__firstlineno__'])
print(Empty.__doc__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(5)]
print([c.id for c in cs], Counter.count)

# class attributes visible in methods only via self/class
class Scope:
    a = 1
    b = [a * i for i in range(1)] if False else None
    def get(self):
        return self.a
print(Scope().get())

# nested classes and qualname
class Outer:
    class Inner:
        class Deep:
            pass
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().make().__qualname__)
print(repr(Outer.Inner.Deep).replace(__name__, 'M'))

# instance dict vs class dict
class K:
    v = 'class'
k = K()
k.__dict__['v'] = 'inst'
print(k.v, K.v)
k.__dict__ = {'v': 'new'}
print(k.v)
try:
    k.__dict__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)

# methods are functions in the class dict
def ext(self):
    return 'ext'
K.ext = ext
print(k.ext())
K.lam = lambda self, n: n * 2
print(k.lam(21))
del K.ext
print(hasattr(k, 'ext'))
