from fractions import Fraction as F
import fractions, numbers, math, copy
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
vals = [F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(-6, -4), F(0, 5), F(1.25), F(0.1), F(-2.5), F('3/4'), F(' -12/18 '), F('1.25e-3'),
        F('1.5'), F('-.5'), F('7e2'), F('1_000.5'), F('2E+3'), F('3.'), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(True), F(3, True)]
for v in vals:
    print(repr(v), str(v), v.numerator, v.denominator, float(v), int(v), bool(v), v.is_integer(), v.as_integer_ratio())
for s in ['x', '', '1/', '/2', '1.2/3', '1 /2', '1e', '--1', '1__0', '.', '0x10', '1/0', 'inf', 'nan', '1/-2']:
    t(lambda: F(s))
t(lambda: F([])); t(lambda: F(1.5, 2)); t(lambda: F(1, 0)); t(lambda: F(0, 0)); t(lambda: F(float('nan'))); t(lambda: F(float('inf'))); t(lambda: F(None)); t(lambda: F(1j))
a, b = F(1, 3), F(-5, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), b // a, b % a, divmod(b, a), -a, +a, abs(b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, a ** 2, a ** -2, b ** 3, b ** -3, 2 ** a, F(4) ** F(1, 2), 4 ** F(1, 2), F(9, 4) ** 0.5)
print(a + 0.5, 0.5 + a, a * 1.5, a / 2.0, a ** 2.0, a + 1j, 1j * a, a // 0.5, a % 0.25, divmod(a, 0.25))
print((-8) ** F(1, 3), F(-8) ** F(1, 3), F(2) ** F(3), F(0) ** 0, F(-2, 3) ** -3, pow(F(2, 3), 2))
t(lambda: a / 0); t(lambda: a / F(0)); t(lambda: F(0) ** -1); t(lambda: a // 0); t(lambda: a % 0); t(lambda: divmod(a, 0)); t(lambda: a + 'x'); t(lambda: 'x' * a)
t(lambda: a // 1j); t(lambda: a < 1j); t(lambda: pow(a, 2, 3)); t(lambda: a / 0.0)
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, F(3) == 3, F(3, 1) == 3.0, a != b, F(1, 2) == 'x', F(0) == float('nan'))
print(a < b, a > b, a <= F(1, 3), b >= -1, a < 0.34, a > 0.33, F(1, 2) < 1, 2 > F(3, 2), a < float('inf'), a > float('-inf'), a < float('nan'), a > float('nan'))
print(sorted([F(1, 2), 0.3, F(1, 4), 1, F(-1)]), max(F(1, 3), 0.3), min(F(7, 2), 3))
for v in [F(1, 2), F(-1, 2), F(3), F(-3), F(1, 3), F(10**20, 7), F(1, 2**61 - 1), F(-1, 2**61 - 1), F(5, 2**61 - 1), F(0)]:
    print(v, hash(v) == hash(float(v)) if v.denominator % (2**61 - 1) else hash(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), {F(1, 2): 'x'}[0.5], hash(F(2, 3)))
for v in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(22, 7), F(-22, 7), F(1, 3)]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v), round(v, 2), round(v, -1), round(F(12345, 7), -2), type(round(v)).__name__)
p = F(math.pi)
for m in [1, 2, 7, 10, 100, 113, 1000, 10**6]:
    print(m, p.limit_denominator(m))
print(F(3, 7).limit_denominator(10), F(1, 3).limit_denominator(2), F(-355, 113).limit_denominator(10), F(1, 2).limit_denominator(1), F(3, 2).limit_denominator(1), F(5, 2).limit_denominator(1))
t(lambda: F(1, 3).limit_denominator(0))
print(F.from_float(0.1), F.from_float(3), F.from_float(-2.5))
t(lambda: F.from_float('a')); t(lambda: F.from_float(F(1)))
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Real), isinstance(F(1), numbers.Integral), issubclass(F, numbers.Number))
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__reduce__())
class MyF(F):
    pass
m = MyF(1, 2)
print(repr(m), type(m + 1).__name__, type(copy.copy(m)).__name__, m == F(1, 2))
print(math.isclose(F(1, 3), 1 / 3), float(F(10**400, 10**399)), complex(F(1, 2)), F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate())
print(sum([F(1, n) for n in range(1, 11)]), math.prod([F(1, 2), F(2, 3), F(3, 4)]))
print(fractions.__all__ if hasattr(fractions, '__all__') else None)
