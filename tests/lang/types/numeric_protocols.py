# Numeric conversion protocols: __int__, __float__, __index__, __complex__,
# __abs__, __neg__, __pos__, __invert__, __round__, __trunc__.
class N:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v) * 10
    def __complex__(self): return complex(self.v, 1)
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __round__(self, nd=None): return ('round', nd)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
n = N(2.5)
print(int(n), float(n), complex(n), abs(n), -n, +n, ~n, round(n), round(n, 2))
print([0] * 30 == [0] * n.__index__(), bin(N(1)), oct(N(1)), hex(N(1)), range(N(1))[-1])
import math
print(math.trunc(n), math.floor(n), math.ceil(n))

class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()), operator_index := OnlyIndex().__index__())
class OnlyFloat:
    def __float__(self): return 1.25
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print('TypeError', e)

class BadInt:
    def __int__(self): return 'x'
class BadFloat:
    def __float__(self): return 1
class BadIndex:
    def __index__(self): return 1.5
for f in (lambda: int(BadInt()), lambda: float(BadFloat()), lambda: [1][BadIndex()],
          lambda: int(object()), lambda: float(object()), lambda: int([]), lambda: float([]),
          lambda: abs(object()), lambda: -object(), lambda: ~1.5):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)


class Sub(int): pass
r = int(Sub(5))
print(r, type(r).__name__, type(float(Sub(5))).__name__)
class FSub(float): pass
print(type(float(FSub(1.5))).__name__, type(int(FSub(2.7))).__name__, int(FSub(2.7)))
print(int('12'), int(b'34'), int(' 5 '), float('1e3'), float(b'2.5'), float(' -inf '))
for f in (lambda: int('x'), lambda: float('y'), lambda: int('1', 1)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)

# __divmod__/__rdivmod__ and pow/__rpow__
class D:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
print(divmod(D(), 1), divmod(2, D()))
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 2), 2 ** -1)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError', e)
