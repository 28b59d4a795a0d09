import random
from datetime import datetime, date, time, timezone, timedelta
rng = random.Random(66)
bases = ['2026-11-25T08:30:15.123456+05:30', '2026-11-25', '20261125T083015Z', '2026-W48-3T12:00:00-0800', '2026W483', '2026-11-25 08:30', '2026-11-25T08', '08:30:15,5', '083015.25+0100', 'T08:30Z', '2020-W53-7', '2026-02-28T23:59:59.999999-23:59', '0001-01-01T00:00:00', '9999-12-31T23:59:59.999999+00:00']
alphabet = '0123456789-:T+Z.,W '
for i in range(1500):
    s = rng.choice(bases)
    for _ in range(rng.randint(0, 3)):
        k = rng.randint(0, len(s))
        op = rng.random()
        if op < 0.4 and s:
            s = s[:k] + s[k + 1:]
        elif op < 0.7:
            s = s[:k] + rng.choice(alphabet) + s[k:]
        elif s:
            s = s[:k] + rng.choice(alphabet) + s[k + 1:]
    out = []
    for f in (datetime.fromisoformat, date.fromisoformat, time.fromisoformat):
        try:
            out.append(repr(f(s)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(s), ' | '.join(out))
