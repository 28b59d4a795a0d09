# Rich comparisons: reflection, defaults, NotImplemented, errors, chaining.
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('C.__eq__')
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
a, b = C(1), C(2)
print(a == C(1), a != C(1), a != b)
print(a < b, b > a, a <= b, b >= a)
print(sorted([C(3), C(1), C(2)], key=lambda c: c) == None)

class NoCmp:
    pass
x, y = NoCmp(), NoCmp()
print(x == x, x == y, x != y, x != x)
for expr in ('x < y', 'x >= y', '1 < "a"', '[] > ()', 'None < None', '{} <= {}', 'C(1) > 1'):
    try:
        print(eval(expr))
    except TypeError as e:
        print('TypeError', e)

# __ne__ defaults to the inverse of __eq__
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() != 1, OnlyEq() != OnlyEq())
class EqNI:
    def __eq__(self, o):
        return NotImplemented
print(EqNI() == EqNI(), EqNI() != EqNI())
e = EqNI()
print(e == e, e != e)

# reflected comparison: subclass first
class Base:
    def __eq__(self, o):
        print('Base.__eq__'); return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print('Derived.__eq__'); return 'derived'
print(Base() == Derived())
print(Derived() == Base())

class Lt:
    def __lt__(self, o):
        print('Lt.__lt__', type(o).__name__); return NotImplemented
class Gt:
    def __gt__(self, o):
        print('Gt.__gt__', type(o).__name__); return 'gt!'
print(Lt() < Gt())
print(Gt() > Lt())

# non-bool results pass through; chains use truthiness
class Weird:
    def __lt__(self, o):
        return [1]
    def __gt__(self, o):
        return 0
print(Weird() < 1, Weird() > 1, 0 < Weird() < 5)
print(1 < 2 < 3, 1 < 3 < 2, 'a' < 'b' <= 'b')

# comparing builtins with custom objects
class Any:
    def __eq__(self, o): return True
    def __hash__(self): return 0
print(1 == Any(), Any() == 'x', [1, 2] == [1, Any()], (Any(),) == (5,))
print(Any() in [1, 2], 3 in [Any()])

# identity shortcut in containers
class NeverEq:
    def __eq__(self, o): return False
n = NeverEq()
print(n == n, n in [n], [n] == [n], n in (n,))

# functools.total_ordering-like manual definitions
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __repr__(self): return 'V' + '.'.join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), min(vs))

# exceptions inside __eq__ propagate
class Raiser:
    def __eq__(self, o): raise ValueError('no eq')
try:
    Raiser() == 1
except ValueError as e:
    print('ValueError', e)
try:
    1 in [Raiser()]
except ValueError as e:
    print('ValueError', e)
