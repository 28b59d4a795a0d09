import random
from decimal import *
rng = random.Random(40)
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%']
out = []
for i in range(800):
    d = Decimal('%s%dE%d' % (rng.choice(['', '-']), rng.randint(0, 10 ** rng.randint(0, 25)), rng.randint(-30, 30)))
    spec = ''
    if rng.random() < 0.3: spec += rng.choice(['<', '>', '^', '=', '*<', '0=', 'x^'])
    if rng.random() < 0.3: spec += rng.choice(['+', '-', ' '])
    if rng.random() < 0.1: spec += 'z'
    if rng.random() < 0.1: spec += '#'
    if rng.random() < 0.2: spec += '0'
    if rng.random() < 0.3: spec += str(rng.randint(1, 30))
    if rng.random() < 0.2: spec += ','
    if rng.random() < 0.6: spec += '.' + str(rng.randint(0, 12))
    spec += rng.choice(specs)
    with localcontext() as c:
        c.rounding = rng.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_CEILING])
        c.capitals = rng.choice([0, 1])
        try:
            r = format(d, spec)
        except Exception as e:
            r = type(e).__name__ + ' ' + str(e)
    print(repr(spec), d, repr(r))
