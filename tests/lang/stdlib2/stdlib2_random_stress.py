# Randomised cross-checks with a fixed seed: statistics, fractions, datetime.
import random, statistics as st, math
from fractions import Fraction as F
from datetime import date, datetime, timedelta, timezone
rng = random.Random(12345)
for trial in range(40):
    n = rng.randint(2, 30)
    kind = trial % 4
    if kind == 0:
        d = [rng.randint(-1000, 1000) for _ in range(n)]
    elif kind == 1:
        d = [rng.uniform(-100, 100) for _ in range(n)]
    elif kind == 2:
        d = [F(rng.randint(-50, 50), rng.randint(1, 20)) for _ in range(n)]
    else:
        d = [rng.gauss(5, 3) for _ in range(n)]
    print(trial, st.mean(d), st.fmean(d), st.median(d), st.variance(d), st.stdev(d), st.pvariance(d), st.pstdev(d), st.quantiles(d, n=5))
    e = [rng.uniform(0, 10) for _ in range(n)]
    f = [float(v) for v in d]
    print('  ', st.covariance(f, e), st.correlation(f, e), st.linear_regression(f, e), st.geometric_mean(e), st.harmonic_mean(e))
for i in range(60):
    a = F(rng.randint(-10**6, 10**6), rng.randint(1, 10**6))
    b = F(rng.randint(-10**6, 10**6), rng.randint(1, 10**6)) or F(1)
    x = rng.uniform(-1e6, 1e6)
    print(a, b, a + b, a * b, a / b, a // b, a % b, a ** 2, round(a, 3), a.limit_denominator(100), hash(a), a < x, F(x), f'{a:.5e}', f'{a:,.3f}', f'{a:g}')
base = datetime(2000, 1, 1)
for i in range(60):
    td = timedelta(days=rng.randint(-3000, 3000), seconds=rng.randint(-10**5, 10**5), microseconds=rng.randint(-10**6, 10**6))
    dt = base + td
    tz = timezone(timedelta(minutes=rng.randint(-1400, 1400)))
    adt = dt.replace(tzinfo=tz)
    print(repr(td), str(td), dt, dt.isocalendar(), dt.strftime('%a %j %U %W %V %G %I%p'), adt.isoformat(), adt.astimezone(timezone.utc), adt.timestamp(),
          datetime.fromisoformat(adt.isoformat()) == adt, td / 7, td * 1.7, (dt - base) // timedelta(hours=1), date.fromordinal(dt.toordinal()) == dt.date())
