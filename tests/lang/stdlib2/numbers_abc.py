import numbers
from fractions import Fraction
for v in [3, True, 1.5, 2j, Fraction(1, 2), 'x', None, float('nan')]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real), issubclass(bool, numbers.Number))
print(numbers.Integral.__mro__)
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
try:
    numbers.Number.__hash__
    print(numbers.Number.__hash__)
except Exception as e:
    print(type(e).__name__, e)
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    __rand__ = __and__
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    __rxor__ = __xor__
    def __or__(self, o): return MyInt(self.v | int(o))
    __ror__ = __or__
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return MyInt(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return b ** self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return 'MyInt(%d)' % self.v
x = MyInt(7)
print(x, float(x), x.numerator, x.denominator, x.real, x.imag, x.conjugate(), complex(x), bool(x), bool(MyInt(0)))
print([10, 20, 30, 40, 50, 60, 70, 80][x], x - 2, 10 - x, divmod(x, 3), divmod(20, x), Fraction(x), Fraction(x, MyInt(3)))
print(isinstance(x, numbers.Integral), isinstance(x, int))
class R(numbers.Rational):
    numerator = 3
    denominator = 4
for name in sorted(numbers.Rational.__abstractmethods__ - {'numerator', 'denominator'}):
    setattr(R, name, lambda self, *a: NotImplemented)
R.__abstractmethods__ = frozenset()
print(float(R()))
