import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 100.0, 1e-10, 1e300]:
    print(x, math.sqrt(x), math.exp(min(x, 700)), math.log(x) if x > 0 else None, math.log2(x) if x > 0 else None, math.log10(x) if x > 0 else None)
for x in [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 2]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x))
print(math.asin(0.5), math.acos(0.5), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.hypot(-5))
print(math.fabs(-3), math.copysign(1, -0.0), math.copysign(3, -1), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.5), math.modf(-3.5))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.0), math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1, 10**10 * 0))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.floor(5), math.ceil(2**70))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1.0), math.isfinite(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(-8, 1 / 3) if False else math.pow(-2, 3), math.pow(math.inf, 0), math.pow(1, math.nan))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400), math.log10(10**400), math.log2(2**2000), math.log(10**400, 10))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.remainder(10, 3), math.remainder(11, 3), math.cbrt(27), math.exp2(10))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), round(math.gamma(0.5), 12), round(math.lgamma(10), 10), math.expm1(1e-10), math.log1p(1e-10))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
