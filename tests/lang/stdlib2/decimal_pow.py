from decimal import *
import random
rng = random.Random(3)
rounds = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for i in range(1500):
    d = Decimal('%s%dE%d' % (rng.choice(['','-']), rng.randint(1, 10**rng.randint(1,30)), rng.randint(-30,30)))
    n = rng.randint(-6, 8)
    prec = rng.choice([1,2,3,5,9,16,28])
    r = rng.choice(rounds)
    c = Context(prec=prec, rounding=r, traps=[], Emax=rng.choice([999999, 50]), Emin=rng.choice([-999999, -50]))
    got = c.power(d, n)
    print(d, n, prec, r, got, ''.join(s.__name__[:2] for s in [InvalidOperation, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped] if c.flags[s]))
