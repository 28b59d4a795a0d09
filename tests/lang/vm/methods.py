class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __repr__(self):
        return f"A({self.v})"
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def stat(x):
        return x + 1

a = A(3)
m = a.get
print(m(), m.__self__, m.__func__ is A.get, m.__name__, m.__qualname__)
print(repr(m))
print(repr(A.make).startswith("<bound method A.make of <class '__main__.A'>>"))
print(A.make(5), a.make(6), A.stat(1), a.stat(2))
print(a.get == a.get, a.get is a.get, a.get == A(3).get, hash(a.get) == hash(a.get))
print(A.get(a), type(A.get).__name__, type(a.get).__name__)

class B(A):
    def get(self):
        return super().get() * 10
print(B(4).get(), B.make(7))

# method objects forward attribute access to the function
def func(self):
    "doc of func"
    return self
func.extra = "x"
class C:
    f = func
c = C()
print(c.f.extra, c.f.__doc__)
try:
    c.f.extra = 1
except AttributeError as e:
    print("AttributeError", e)

import types
bm = types.MethodType(func, "bound-to-str")
print(bm())
bm2 = types.MethodType(lambda self, x: (self, x), 5)
print(bm2(6))

# bound methods of builtins
l = []
app = l.append
app(1); app(2)
print(l, app.__self__ is l, app.__name__)
print(repr(app).startswith("<built-in method append of list object at 0x"))
print(repr(list.append))
print(list.append.__qualname__, app.__qualname__)
print([].append == [].append, l.append == l.append)

# calling methods through the class with wrong self
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    A.get()
except TypeError as e:
    print("TypeError", e)

# method on instance dict is not bound
obj = A(1)
obj.get = lambda: "instance attr"
print(obj.get())

class D:
    def __call__(self, x):
        return ("called", x)
print(D()(1))
print(callable(D()))

class WithGetattr:
    def __getattr__(self, name):
        return lambda *a: (name, a)
print(WithGetattr().anything(1, 2))

# __func__/__self__ on classmethod binding
cm = A.make
print(cm.__self__ is A, cm.__func__.__name__)
print(a.get.__eq__(a.get), a.get.__eq__(5))
