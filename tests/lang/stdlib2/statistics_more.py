import statistics as st
from statistics import NormalDist
from fractions import Fraction as F
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
for n in [1, 2, 4, 10]:
    print(n, st.quantiles(data, n=n), st.quantiles(data, n=n, method='inclusive'))
print(st.quantiles([1.5, 2.5], n=3), st.quantiles([1], n=3), st.quantiles([F(1, 2), F(3, 2), 2], n=5), st.quantiles(range(10), method='inclusive'))
t(lambda: st.quantiles([1, 2], n=0)); t(lambda: st.quantiles([])); t(lambda: st.quantiles([1, 2], method='x'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(z, y), st.covariance([1.5, 2.5], [0.1, 0.7]))
print(st.correlation(x, x), st.correlation(x, y), st.correlation(x, z), st.correlation([1.0, 2.0, 4.5, 3.5], [1.1, 2.9, 3.1, 4.4]))
print(st.correlation(x, [v ** 3 for v in x], method='ranked'), st.correlation([1, 1, 2, 3], [4, 3, 3, 1], method='ranked'), st.correlation(x, [v ** 3 for v in x]))
t(lambda: st.correlation([1, 2], [1])); t(lambda: st.correlation([1], [1])); t(lambda: st.correlation([1, 1], [1, 2])); t(lambda: st.correlation(x, x, method='x'))
t(lambda: st.covariance([1, 2], [1])); t(lambda: st.covariance([1], [1]))
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
print(st.linear_regression(year, films), st.linear_regression(films, [2, 4, 6, 8, 10.5], proportional=True), st.linear_regression([1, 2, 3], [2, 4, 6]))
r = st.linear_regression([0.5, 1.5, 2.0], [1.0, 2.0, 0.5])
print(r.slope, r.intercept, type(r).__name__, r._fields)
t(lambda: st.linear_regression([1, 1], [1, 2])); t(lambda: st.linear_regression([1], [1])); t(lambda: st.linear_regression([1, 2], [1]))
n = NormalDist(100, 15)
print(n, repr(NormalDist()), n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130), n.cdf(100), n.cdf(130), n.cdf(55.5), n.zscore(130))
for p in [0.5, 0.001, 0.01, 0.025, 0.1, 0.3, 0.425, 0.426, 0.75, 0.9, 0.975, 0.999, 1e-10, 1e-20, 1 - 1e-12, 0.074, 0.926]:
    print(p, n.inv_cdf(p), NormalDist().inv_cdf(p))
print(n.quantiles(), n.quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(n + 5, n - 5, n * 2, n / 2, 2 * n, 5 + n, 5 - n, -n, +n, n + NormalDist(10, 20), n - NormalDist(10, 20))
print(n == NormalDist(100, 15), n == NormalDist(100, 16), n == 5, hash(n) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples([1, 2, 3, 4]))
print(NormalDist(5, 2).samples(5, seed=42))
print(NormalDist().samples(3, seed='x'))
t(lambda: NormalDist(0, -1)); t(lambda: NormalDist(0, 0).pdf(1)); t(lambda: NormalDist(0, 0).cdf(1)); t(lambda: NormalDist().inv_cdf(0)); t(lambda: NormalDist().inv_cdf(1.5))
t(lambda: NormalDist(0, 0).zscore(1)); t(lambda: NormalDist(0, 0).overlap(NormalDist())); t(lambda: NormalDist().overlap(5)); t(lambda: NormalDist.from_samples([1]))
print(NormalDist(0, 0).inv_cdf(0.3), NormalDist(1, 0).quantiles())
