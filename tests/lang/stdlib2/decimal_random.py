# Randomised decimal arithmetic across precisions and rounding modes.
import random
from decimal import *
rng = random.Random(2026)
def rnd_dec():
    k = rng.random()
    if k < 0.03:
        return Decimal(rng.choice(['Inf', '-Inf', 'NaN', '-0', '0', '0E+5', '0.000']))
    digits = rng.randint(1, 35)
    coeff = rng.randint(0, 10 ** digits - 1)
    exp = rng.randint(-30, 30)
    sign = rng.choice(['', '-'])
    return Decimal('%s%dE%d' % (sign, coeff, exp))
rounds = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
def show(f):
    c = getcontext()
    c.clear_flags()
    try:
        r = str(f())
    except Exception as e:
        r = type(e).__name__ + str(e)
    fl = ''.join(s.__name__[:3] for s in [InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped] if c.flags[s])
    return r + '/' + fl
for i in range(400):
    a, b = rnd_dec(), rnd_dec()
    prec = rng.choice([1, 2, 3, 5, 9, 16, 28, 40])
    rounding = rng.choice(rounds)
    ctx = Context(prec=prec, rounding=rounding, traps=[])
    if i % 7 == 0:
        ctx.Emax = 20; ctx.Emin = -20
    if i % 11 == 0:
        ctx.clamp = 1
    setcontext(ctx)
    out = [show(lambda: a + b), show(lambda: a - b), show(lambda: a * b), show(lambda: a / b), show(lambda: a // b), show(lambda: a % b),
           show(lambda: +a), show(lambda: -b), show(lambda: abs(a)), show(lambda: a.sqrt()), show(lambda: a.quantize(b)), show(lambda: a.to_integral_value()),
           show(lambda: a.to_integral_exact()), show(lambda: a ** rng.randint(-4, 6)), show(lambda: a.normalize()), show(lambda: a.compare(b)), show(lambda: a.max(b)),
           show(lambda: a.min(b)), show(lambda: a.remainder_near(b)), show(lambda: a.fma(b, a)), show(lambda: a.next_plus()), show(lambda: a.next_minus())]
    print(i, prec, rounding, a, b, ' '.join(out))
    print('  ', a.adjusted(), a.as_tuple(), a.is_normal(), a.is_subnormal(), a.number_class(), a.to_eng_string(), repr(a), a.same_quantum(b), a.compare_total(b))
    if a.is_finite():
        print('  ', int(a), float(a), hash(a) == hash(float(a)) if float(a) == a else hash(a), a == float(a), a.as_integer_ratio(), round(a, 2) if abs(a.adjusted()) < 20 else '', round(a) if a.adjusted() < 30 else '')
