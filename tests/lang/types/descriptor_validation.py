# Validating descriptors with __set_name__ (typed fields).
class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        self.public = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, not %s' % (self.public, self.kind.__name__, type(value).__name__))
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        raise AttributeError("can't delete " + self.public)
class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(self.public + ' must be positive')
class Product:
    name = Typed(str, 'unnamed')
    price = Positive((int, float).__class__ and float)
    qty = Positive(int, 1)
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty
p = Product('pen', 1.5, 4)
print(p.name, p.price, p.qty, p.total, sorted(vars(p)))
for action in (lambda: setattr(p, 'name', 5), lambda: setattr(p, 'price', -1.0),
               lambda: setattr(p, 'qty', 2.5), lambda: delattr(p, 'qty'),
               lambda: Product('x', 0.0)):
    try:
        action()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(Product.name).__name__, Product.qty.public, Product.qty.private)

# lazy (non-data) descriptor that caches in the instance dict
class lazy:
    def __init__(self, f):
        self.f = f
        self.__doc__ = f.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print('computing', self.name)
        v = self.f(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    @lazy
    def heavy(self):
        "expensive"
        return sum(range(10))
d = Data()
print(d.heavy, d.heavy, Data.heavy.__doc__)
del d.heavy
print(d.heavy)

# descriptor counting accesses, shared across instances
class Counted:
    def __init__(self): self.count = 0
    def __get__(self, obj, objtype=None):
        self.count += 1
        return self.count
class User:
    c = Counted()
u1, u2 = User(), User()
print(u1.c, u2.c, User.c, User.__dict__['c'].count)
