import random, statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
rng = random.Random(77)
def gen(kind, n):
    if kind == 0: return [rng.randint(-100, 100) for _ in range(n)]
    if kind == 1: return [rng.uniform(-1e3, 1e3) for _ in range(n)]
    if kind == 2: return [F(rng.randint(-99, 99), rng.randint(1, 30)) for _ in range(n)]
    if kind == 3: return [D(rng.randint(-10**6, 10**6)).scaleb(-rng.randint(0, 4)) for _ in range(n)]
    if kind == 4: return [rng.choice([rng.randint(0, 9), rng.uniform(0, 9)]) for _ in range(n)]
    return [rng.choice([F(rng.randint(0, 9), 7), rng.randint(0, 9)]) for _ in range(n)]
def show(f):
    try:
        r = f()
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for i in range(400):
    kind = i % 6
    d = gen(kind, rng.randint(0, 12))
    pos = [abs(x) for x in d]
    fns = [lambda: st.mean(d), lambda: st.fmean(d), lambda: st.median(d), lambda: st.median_low(d), lambda: st.median_high(d),
           lambda: st.median_grouped(d, 2), lambda: st.mode(d), lambda: st.multimode(d), lambda: st.variance(d), lambda: st.pvariance(d),
           lambda: st.stdev(d), lambda: st.pstdev(d), lambda: st.quantiles(d, n=3), lambda: st.quantiles(d, method='inclusive'),
           lambda: st.harmonic_mean(pos), lambda: st.geometric_mean(pos), lambda: st.variance(d, st.mean(d) if d else None)]
    print(i, kind, len(d), ' | '.join(show(f) for f in fns))
    if len(d) >= 2 and kind in (0, 1, 4):
        e = gen(1, len(d))
        print('   ', show(lambda: st.correlation(d, e)), show(lambda: st.covariance(d, e)), show(lambda: st.linear_regression(d, e)), show(lambda: st.correlation(d, e, method='ranked')), show(lambda: st.fmean(d, e)), show(lambda: st.harmonic_mean(pos, [abs(x) for x in e])))
for i in range(100):
    nd = st.NormalDist(rng.uniform(-50, 50), rng.uniform(0.1, 20))
    x = rng.uniform(-100, 100)
    p = rng.random()
    nd2 = st.NormalDist(rng.uniform(-50, 50), rng.uniform(0.1, 20))
    print(nd, nd.pdf(x), nd.cdf(x), show(lambda: nd.inv_cdf(p)), nd.zscore(x), nd.overlap(nd2), nd - 5, nd * 3, nd.quantiles(5))
