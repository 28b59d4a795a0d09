import copy, threading
from decimal import *
from fractions import Fraction
import statistics
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
D = Decimal
c = getcontext()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(D('1101').logical_and(D('1011')), D('1101').logical_or(D('10')), D('1101').logical_xor(D('111')), D('101').logical_invert())
t(lambda: D('12').logical_and(D('1'))); t(lambda: D('1.0').logical_or(1))
print(D('123456789').shift(3), D('123456789').shift(-3), D('123').rotate(2), D('123').rotate(-2), D('-12.34').shift(1))
t(lambda: D(1).shift(29)); t(lambda: D(1).rotate(D('1.5')))
print(hash(D('1.5')) == hash(1.5), hash(D(7)) == hash(7), hash(D('0.1')) == hash(Fraction(1, 10)), hash(D('-inf')) == hash(float('-inf')), hash(D('1.000')) == hash(1))
t(lambda: hash(D('sNaN')))
print(D('0.5') == Fraction(1, 2), D('0.5') < Fraction(2, 3), D(1) == 1.0, D('0.1') == 0.1, D('0.1') < 0.1, D(3) > 2, 2 < D(3), D(2) <= 2, D('NaN') != D('NaN'))
t(lambda: D('NaN') < D(1)); t(lambda: D(1) < D('sNaN')); t(lambda: D('sNaN') == 1)
print(copy.copy(D('1.5')), copy.deepcopy(D('2.5')), D('-1.25E+7').__reduce__(), getcontext().__reduce__()[1][:6])
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 7, ctx.prec, getcontext().prec)
print(D(1) / 7, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_UP) as ctx:
    print(D(2) / 3, ctx)
t(lambda: localcontext(bogus=1))
res = []
def worker():
    getcontext().prec = 4
    res.append(str(D(1) / 3))
th = threading.Thread(target=worker); th.start(); th.join()
print(res, D(1) / 3)
print(statistics.mean([D('1.5'), D('2.25'), D('3')]), statistics.median([D('1.5'), D('2.5')]), statistics.variance([D('1'), D('2'), D('4')]), statistics.stdev([D('1'), D('2'), D('4')]))
print(Fraction(D('1.25')), Fraction.from_decimal(D('-0.75')), D('1.25').as_integer_ratio(), D(10).as_integer_ratio())
t(lambda: Fraction(D('nan'))); t(lambda: D('inf').as_integer_ratio())
print(D.from_float(0.5), D.from_float(-0.0), D.from_float(float('inf')), D(float('nan')), D(-0.0), D(1e300).adjusted())
print(int(D('-7.9')), float(D('1.5e-3')), round(D('2.5')), round(D('3.5')), round(D('-2.675'), 2), math_floor := __import__('math').floor(D('-1.5')), __import__('math').ceil(D('1.2')), __import__('math').trunc(D('-1.7')))
print(D('1.30').normalize(), D('0.00').normalize(), D('-1E+3').normalize(), D('120').normalize(), D(0).is_zero(), D('-0').is_signed(), D('1e-999999').is_subnormal(), D('1e-999999').is_normal())
print([D(x).number_class() for x in ['1', '-1', '0', '-0', 'inf', '-inf', 'nan', 'snan', '1e-1000000']])
print(D('1.5').compare(D(2)), D(2).compare(D('1.5')), D('1.0').compare(1), D('nan').compare(1), D(1).max(D('1.0')), D(1).min(D('1.0')), D(-1).max_mag(D('0.5')), D('-0').max(D(0)))
print(D('1.2').same_quantum(D('3.4')), D('1.2').same_quantum(D('3.45')), D(1).copy_sign(D(-2)), D(-3).copy_abs(), D(3).copy_negate(), D('1.23').scaleb(2), D('1.23').logb())
t(lambda: D(0).logb())
print(D(1).next_plus(), D(1).next_minus(), D(1).next_toward(0), D('inf').next_minus(), D(5).fma(3, 2), D(2).remainder_near(3), D(10).remainder_near(3), D(11).remainder_near(-3))
print(pow(D(3), 4, 7), pow(D(-3), 3, 7), D('1.5').quantize(D('1.00')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('1234').quantize(D('1e2')), D('-0.5').to_integral_value(), D('1.5').to_integral_exact(ROUND_CEILING))
print(c.create_decimal('3.14159265358979323846264338327950288'), c.create_decimal_from_float(0.1), c.add(1, 2), c.divide(1, 8), c.power(2, 10), c.sqrt(2), c.abs(-3), c.compare_total(D(1), D('1.0')))
t(lambda: c.create_decimal(' 1'))
print(D(2).sqrt(), D(10).exp(), D(10).ln(), D(2).log10(), D('1.0E+6').log10(), D(2) ** D('0.5'), D('-8') ** 3, D('0.2') ** 100)
print(D((1, (3, 1, 4), -2)), D([0, [1], 3]), D((0, (), 'F')), D((1, (1, 2), 'n')), D('-nan123'), D('sNaN').is_snan(), D('Infinity'), D('-INF'), D('nAn'))
t(lambda: D('1e')); t(lambda: D('1__0')); t(lambda: D('_1')); t(lambda: D('.')); t(lambda: D('e5')); t(lambda: D('1.2.3'))
print(D('1_0.5_5'), D('.5'), D('5.'), D('+.5e-3'), D('-00012'), D(' \t 7 \n'), D('1__0'), D('_1'), D('\u0661\u0662'))
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1, D('1e-30') + 1, max([D('1.5'), 2, D('2.5')]))
print(isinstance(D(1), __import__('numbers').Number), isinstance(D(1), __import__('numbers').Real))
from decimal import Decimal
from fractions import Fraction
for f in [lambda: Fraction(1, 2) + Decimal(1), lambda: Decimal(1) + Fraction(1, 2), lambda: Decimal(1) * object(), lambda: object() - Decimal(1), lambda: Decimal(1) ** 'x', lambda: divmod('x', Decimal(1))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
