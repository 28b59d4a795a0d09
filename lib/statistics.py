"""statistics: basic descriptive statistics and the normal distribution.

Written for ftpy from the documented behaviour of CPython 3.13.  Means and
variances are computed exactly: every value is turned into an integer
ratio, sums are kept as Fractions (grouped by denominator), and only the
final result is converted back to the input type.  Square roots of exact
fractions are correctly rounded.  The module keeps no mutable state.

Decimal inputs are handled only when a decimal module is importable.
kde_random() does not support the quartic/biweight/triweight kernels
(NotImplementedError); every other function and kernel is implemented.
"""

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "kde", "kde_random",
    "linear_regression", "mean", "median", "median_grouped", "median_high",
    "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles",
    "stdev", "variance",
]

import math
import numbers
import random
import sys
from fractions import Fraction
from itertools import groupby, repeat, count
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum, sumprod
from functools import reduce
from operator import itemgetter
from collections import Counter, namedtuple

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


def _decimal_type():
    mod = sys.modules.get("decimal")
    return getattr(mod, "Decimal", None) if mod is not None else None


def _is_decimal_type(T):
    D = _decimal_type()
    return D is not None and isinstance(T, type) and issubclass(T, D)


# ------------------------------------------------------------ exact helpers

def _exact_ratio(x):
    """(numerator, denominator) of x; (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    """The type a result over values of types T and S should have."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _sum(data):
    """Exact sum: (result type, total as Fraction or non-finite float, count)."""
    n = 0
    types = set()
    by_den = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for num, den in map(_exact_ratio, values):
            n += 1
            by_den[den] = by_den.get(den, 0) + num
    if None in by_den:
        total = by_den[None]
    else:
        total = sum(Fraction(num, den) for den, num in by_den.items())
    return reduce(_coerce, types, int), total, n


def _ss(data, c=None):
    """Sum of squared deviations: (type, ss, mean, count), all exact."""
    if c is not None:
        def devsq():
            for x in data:
                d = x - c
                yield d * d
        T, total, n = _sum(devsq())
        return (T, total, c, n)
    n = 0
    types = set()
    sx = {}
    sxx = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for num, den in map(_exact_ratio, values):
            n += 1
            sx[den] = sx.get(den, 0) + num
            sxx[den] = sxx.get(den, 0) + num * num
    if not n:
        ss = c = Fraction(0)
    elif None in sx:
        ss = c = sx[None]
    else:
        s1 = sum(Fraction(num, den) for den, num in sx.items())
        s2 = sum(Fraction(num, den * den) for den, num in sxx.items())
        ss = (n * s2 - s1 * s1) / n
        c = s1 / n
    return reduce(_coerce, types, int), ss, c, n


def _convert(value, T):
    """Convert an exact value back to the data's type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg="negative value"):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _isqrt_rto(n, m):
    """floor(sqrt(n/m)), with the low bit set when inexact (round to odd)."""
    a = math.isqrt(n // m)
    if a * a * m != n:
        a |= 1
    return a


def _float_sqrt_of_frac(n, m):
    """Correctly rounded float of sqrt(n/m) for integers n >= 0, m > 0."""
    if n == 0:
        return 0.0
    # Keep at least 2*53+3 significant bits so that the round-to-odd
    # integer root converts to float with a single correct rounding.
    extra = (n.bit_length() - m.bit_length() - (2 * sys.float_info.mant_dig + 3)) // 2
    if extra >= 0:
        return float(_isqrt_rto(n, m << (2 * extra)) << extra)
    return _isqrt_rto(n << (-2 * extra), m) / (1 << -extra)


def _decimal_sqrt_of_frac(n, m):
    D = _decimal_type()
    if n <= 0:
        if not n:
            return D("0.0")
        n, m = -n, -m
    root = (D(n) / D(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np_, dp = plus.as_integer_ratio()
    if 4 * n * (dr * dp) ** 2 > m * (dr * np_ + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


def _sqrt_frac_for(T, frac):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(frac.numerator, frac.denominator)
    return _float_sqrt_of_frac(frac.numerator, frac.denominator)


# ------------------------------------------------------------ averages

def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            n = 0

            def counted(it):
                nonlocal n
                for n, x in enumerate(it, start=1):
                    yield x
            data = counted(data)
        total = fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    num = sumprod(data, weights)
    den = fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    n = 0
    found_zero = False

    def logs(it):
        nonlocal n, found_zero
        for n, x in enumerate(it, start=1):
            if x > 0.0 or math.isnan(x):
                yield log(x)
            elif x == 0.0:
                found_zero = True
            else:
                raise StatisticsError("No negative inputs allowed", x)
    total = fsum(logs(data))
    if not n:
        raise StatisticsError("Must have a non-empty dataset")
    if math.isnan(total):
        return math.nan
    if found_zero:
        return math.nan if total == math.inf else 0.0
    return exp(total / n)


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    elif n == 1 and weights is None:
        x = data[0]
        D = _decimal_type()
        if isinstance(x, numbers.Real) or (D is not None and isinstance(x, D)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError("must have at least one data point")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


# ------------------------------------------------------------ spread

def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    if not isinstance(mss, Fraction):
        return _convert(math.sqrt(mss), float) if not _is_decimal_type(T) else T(mss).sqrt()
    return _sqrt_frac_for(T, mss)


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    mss = ss / n
    if not isinstance(mss, Fraction):
        return _convert(math.sqrt(mss), float) if not _is_decimal_type(T) else T(mss).sqrt()
    return _sqrt_frac_for(T, mss)


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        return float(xbar), float(xbar) / float(ss)


def _sqrtprod(x, y):
    """sqrt(x * y) without spurious overflow/underflow, refined once."""
    h = sqrt(x * y)
    if not math.isfinite(h):
        if math.isinf(h) and not math.isinf(x) and not math.isinf(y):
            scale = 2.0 ** -512
            return _sqrtprod(scale * x, scale * y) / scale
        return h
    if not h:
        if x and y:
            scale = 2.0 ** 537
            return _sqrtprod(scale * x, scale * y) / scale
        return h
    d = sumprod((x, h), (y, -h))
    return h + d / (2.0 * h)


def _rank(data, start=1):
    ordered = sorted(zip(data, count()))
    result = [0] * len(ordered)
    i = 0
    for _, grp in groupby(ordered, key=itemgetter(0)):
        grp = list(grp)
        size = len(grp)
        r = start + (i + i + size - 1) / 2
        for _, pos in grp:
            result[pos] = r
        i += size
    return result


def correlation(x, y, /, *, method="linear"):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same "
                              "number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    if method not in {"linear", "ranked"}:
        raise ValueError("Unknown method: %r" % (method,))
    if method == "ranked":
        start = (n - 1) / -2
        x = _rank(x, start=start)
        y = _rank(y, start=start)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = sumprod(x, y)
    sxx = sumprod(x, x)
    syy = sumprod(y, y)
    try:
        return sxy / _sqrtprod(sxx, syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant") from None


def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same "
                              "number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = sumprod([xi - xbar for xi in x], [yi - ybar for yi in y])
    return sxy / (n - 1)


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have "
                              "same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if not proportional:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = sumprod(x, y) + 0.0
    sxx = sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant") from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


_PI = math.pi


def _kernel_table():
    sqrt2pi = sqrt(2.0 * _PI)
    table = {}

    def add(names, pdf, cdf, support):
        for name in names:
            table[name] = (pdf, cdf, support)

    add(("normal", "gauss"),
        lambda t: exp(-1 / 2 * t * t) / sqrt2pi,
        lambda t: 1 / 2 * (1.0 + erf(t / _SQRT2)), None)
    add(("logistic",),
        lambda t: 1 / 2 / (1.0 + math.cosh(t)),
        lambda t: 1.0 - 1.0 / (exp(t) + 1.0), None)
    add(("sigmoid",),
        lambda t: 1 / _PI / math.cosh(t),
        lambda t: 2 / _PI * math.atan(exp(t)), None)
    add(("rectangular", "uniform"),
        lambda t: 1 / 2,
        lambda t: 1 / 2 * t + 1 / 2, 1.0)
    add(("triangular",),
        lambda t: 1.0 - abs(t),
        lambda t: t * t * (1 / 2 if t < 0.0 else -1 / 2) + t + 1 / 2, 1.0)
    add(("parabolic", "epanechnikov"),
        lambda t: 3 / 4 * (1.0 - t * t),
        lambda t: -1 / 4 * t ** 3 + 3 / 4 * t + 1 / 2, 1.0)
    add(("quartic", "biweight"),
        lambda t: 15 / 16 * (1.0 - t * t) ** 2,
        lambda t: 3 / 16 * t ** 5 - 5 / 8 * t ** 3 + 15 / 16 * t + 1 / 2, 1.0)
    add(("triweight",),
        lambda t: 35 / 32 * (1.0 - t * t) ** 3,
        lambda t: 35 / 32 * (-1 / 7 * t ** 7 + 3 / 5 * t ** 5 - t ** 3 + t) + 1 / 2,
        1.0)
    add(("cosine",),
        lambda t: _PI / 4 * math.cos(_PI / 2 * t),
        lambda t: 1 / 2 * math.sin(_PI / 2 * t) + 1 / 2, 1.0)
    return table


_KERNELS = _kernel_table()


def kde(data, h, kernel="normal", *, cumulative=False):
    """Kernel density estimate of data: a pdf (or cdf) function of x."""
    n = len(data)
    if not n:
        raise StatisticsError("Empty data sequence")
    if not isinstance(data[0], (int, float)):
        raise TypeError("Data sequence must contain ints or floats")
    if h <= 0.0:
        raise StatisticsError("Bandwidth h must be positive, not h=%r" % (h,))
    try:
        K, W, support = _KERNELS[kernel]
    except (KeyError, TypeError):
        raise StatisticsError("Unknown kernel name: %r" % (kernel,)) from None
    if support is None:
        def pdf(x):
            return sum(K((x - x_i) / h) for x_i in data) / (len(data) * h)

        def cdf(x):
            return sum(W((x - x_i) / h) for x_i in data) / len(data)
    else:
        sample = sorted(data)
        bandwidth = h * support

        def window(x):
            return (bisect_left(sample, x - bandwidth),
                    bisect_right(sample, x + bandwidth))

        def pdf(x):
            i, j = window(x)
            return sum(K((x - x_i) / h) for x_i in sample[i:j]) / (n * h)

        def cdf(x):
            i, j = window(x)
            return sum((W((x - x_i) / h) for x_i in sample[i:j]), i) / n
    if cumulative:
        cdf.__doc__ = "CDF estimate with h=%r and kernel=%r" % (h, kernel)
        return cdf
    pdf.__doc__ = "PDF estimate with h=%r and kernel=%r" % (h, kernel)
    return pdf


def _invcdf_table():
    return {
        "normal": lambda p: _normal_dist_inv_cdf(p, 0.0, 1.0),
        "gauss": lambda p: _normal_dist_inv_cdf(p, 0.0, 1.0),
        "logistic": lambda p: log(p / (1.0 - p)),
        "sigmoid": lambda p: log(math.tan(p * _PI / 2)),
        "rectangular": lambda p: 2.0 * p - 1.0,
        "uniform": lambda p: 2.0 * p - 1.0,
        "triangular": lambda p: (sqrt(2.0 * p) - 1.0 if p < 1 / 2
                                 else 1.0 - sqrt(2.0 - 2.0 * p)),
        "parabolic": lambda p: 2.0 * math.cos((math.acos(2.0 * p - 1.0) + _PI) / 3.0),
        "epanechnikov": lambda p: 2.0 * math.cos((math.acos(2.0 * p - 1.0) + _PI) / 3.0),
        "cosine": lambda p: 2.0 * math.asin(2.0 * p - 1.0) / _PI,
    }


_INVCDFS = _invcdf_table()


def kde_random(data, h, kernel="normal", *, seed=None):
    """Function drawing random samples from kde(data, h, kernel)."""
    n = len(data)
    if not n:
        raise StatisticsError("Empty data sequence")
    if not isinstance(data[0], (int, float)):
        raise TypeError("Data sequence must contain ints or floats")
    if h <= 0.0:
        raise StatisticsError("Bandwidth h must be positive, not h=%r" % (h,))
    if kernel not in _KERNELS:
        raise StatisticsError("Unknown kernel name: %r" % (kernel,))
    invcdf = _INVCDFS.get(kernel)
    if invcdf is None:
        # CPython inverts these cdfs numerically to a 1e-12 tolerance from
        # its own starting estimates; without the same iteration the samples
        # would differ in the last digits, so they are left out.
        raise NotImplementedError("kde_random() with the %r kernel is not "
                                  "implemented in ftpy" % (kernel,))
    prng = random.Random(seed)
    choice = prng.choice
    uniform = prng.random

    def rand():
        return choice(data) + h * invcdf(uniform())
    rand.__doc__ = "Random KDE selection with h=%r and kernel=%r" % (h, kernel)
    return rand


# ------------------------------------------------------------ NormalDist

def _horner(coeffs, r):
    acc = 0.0
    for c in coeffs:
        acc = acc * r + c
    return acc


# Wichura (1988), Algorithm AS 241 (PPND16): rational approximations of the
# inverse normal CDF, accurate to about 1e-16.
_AS241_CENTRAL_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4,
                      6.7265770927008700853e+4, 4.5921953931549871457e+4,
                      1.3731693765509461125e+4, 1.9715909503065514427e+3,
                      1.3314166789178437745e+2, 3.3871328727963666080e+0)
_AS241_CENTRAL_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4,
                      3.9307895800092710610e+4, 2.1213794301586595867e+4,
                      5.3941960214247511077e+3, 6.8718700749205790830e+2,
                      4.2313330701600911252e+1, 1.0)
_AS241_NEAR_NUM = (7.74545014278341407640e-4, 2.27238449892691845833e-2,
                   2.41780725177450611770e-1, 1.27045825245236838258e+0,
                   3.64784832476320460504e+0, 5.76949722146069140550e+0,
                   4.63033784615654529590e+0, 1.42343711074968357734e+0)
_AS241_NEAR_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4,
                   1.51986665636164571966e-2, 1.48103976427480074590e-1,
                   6.89767334985100004550e-1, 1.67638483018380384940e+0,
                   2.05319162663775882187e+0, 1.0)
_AS241_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5,
                   1.24266094738807843860e-3, 2.65321895265761230930e-2,
                   2.96560571828504891230e-1, 1.78482653991729133580e+0,
                   5.46378491116411436990e+0, 6.65790464350110377720e+0)
_AS241_TAIL_DEN = (2.04426310338993978564e-15, 1.42151175831644588870e-7,
                   1.84631831751005468180e-5, 7.86869131145613259100e-4,
                   1.48753612908506148525e-2, 1.36929880922735805310e-1,
                   5.99832206555887937690e-1, 1.0)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = (_horner(_AS241_CENTRAL_NUM, r) * q) / _horner(_AS241_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_AS241_NEAR_NUM, r) / _horner(_AS241_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_AS241_TAIL_NUM, r) / _horner(_AS241_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """Normal distribution of a random variable."""

    __slots__ = {
        "_mu": "Arithmetic mean of a normal distribution",
        "_sigma": "Standard deviation of a normal distribution",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        rnd = random.random if seed is None else random.Random(seed).random
        mu = self._mu
        sigma = self._sigma
        return [_normal_dist_inv_cdf(rnd(), mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 2.0 * NormalDist(dm, 2.0 * X._sigma).cdf(0)
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
