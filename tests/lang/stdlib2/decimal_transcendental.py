from decimal import *
import random
rng = random.Random(21)
rounds = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
def fl(c):
    return ''.join(s.__name__[:2] for s in [InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped] if c.flags[s])
for i in range(600):
    k = rng.random()
    if k < 0.2:
        d = Decimal('%s1.%dE%d' % (rng.choice(['', '-']), rng.randint(0, 10**rng.randint(1, 12)), rng.randint(-15, 0)))
    else:
        d = Decimal('%s%dE%d' % (rng.choice(['','-', '']), rng.randint(1, 10**rng.randint(1,20)), rng.randint(-25,5)))
    y = Decimal('%s%dE%d' % (rng.choice(['','-']), rng.randint(1, 10**rng.randint(1,8)), rng.randint(-8,0)))
    prec = rng.choice([1,2,3,5,9,16,28,40])
    r = rng.choice(rounds)
    c = Context(prec=prec, rounding=r, traps=[], Emax=rng.choice([999999, 50]), Emin=rng.choice([-999999, -50]))
    out = []
    for f in (c.exp, c.ln, c.log10):
        c.clear_flags()
        out.append(str(f(d)) + '/' + fl(c))
    c.clear_flags()
    out.append(str(c.power(abs(d), y)) + '/' + fl(c))
    print(i, d, y, prec, r, ' '.join(out))
