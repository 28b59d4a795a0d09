import random, warnings
warnings.simplefilter('ignore')
from datetime import datetime, timedelta, timezone
rng = random.Random(33)
dirs = ['%Y', '%y', '%m', '%d', '%H', '%I', '%M', '%S', '%f', '%p', '%a', '%A', '%b', '%B', '%j', '%U', '%W', '%w', '%u', '%G', '%V', '%z', '%%', '%c', '%x', '%X']
seps = ['-', ' ', '/', ':', 'T', '', '  ', '.', ',']
base = datetime(2000, 1, 1)
for i in range(1500):
    picked = rng.sample(dirs, rng.randint(1, 5))
    if sum(d in ('%c', '%x', '%X') for d in picked) > 0:
        picked = [d for d in picked if d not in ('%Y', '%y', '%m', '%d', '%H', '%M', '%S', '%a', '%b')]
        if sum(d in ('%c', '%x', '%X') for d in picked) > 1:
            picked = [d for d in picked if d not in ('%x', '%X')] or ['%c']
    fmt = ''.join(d + rng.choice(seps) for d in picked)
    dt = base + timedelta(seconds=rng.randint(0, 60 * 365 * 86400), microseconds=rng.randint(0, 999999))
    dt = dt.replace(tzinfo=timezone(timedelta(minutes=rng.randint(-900, 900))))
    s = dt.strftime(fmt)
    if rng.random() < 0.3 and s:
        k = rng.randint(0, len(s) - 1)
        s = s[:k] + rng.choice('0123456789 -:aZ+') + s[k + 1:]
    try:
        r = repr(datetime.strptime(s, fmt))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(fmt), repr(s), r)

