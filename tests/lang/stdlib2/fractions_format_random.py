import random
from fractions import Fraction
rng = random.Random(80)
for i in range(800):
    f = Fraction(rng.randint(-10**rng.randint(0, 20), 10**rng.randint(0, 20)), rng.randint(1, 10**rng.randint(0, 12)))
    spec = ''
    if rng.random() < 0.3: spec += rng.choice(['<', '>', '^', '=', '*<', '0=', 'x^', '0>'])
    if rng.random() < 0.3: spec += rng.choice(['+', '-', ' '])
    if rng.random() < 0.1: spec += 'z'
    if rng.random() < 0.1: spec += '#'
    if rng.random() < 0.2: spec += '0'
    if rng.random() < 0.3: spec += str(rng.randint(1, 30))
    if rng.random() < 0.2: spec += rng.choice([',', '_'])
    if rng.random() < 0.6: spec += '.' + str(rng.randint(0, 12))
    spec += rng.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', ''])
    try:
        r = format(f, spec)
    except Exception as e:
        r = type(e).__name__ + ' ' + str(e)
    print(repr(spec), f, repr(r))
