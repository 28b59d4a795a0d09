import math
angles = [0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, math.pi / 4, math.pi / 3, -0.7, 10.0, 100.0, 1e-8]
for a in angles:
    print(a, round(math.sin(a), 15), round(math.cos(a), 15), round(math.tan(a), 12), round(math.atan(a), 15),
          round(math.sinh(a), 12), round(math.cosh(a), 12), round(math.tanh(a), 15))
for v in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(v, math.asin(v), math.acos(v), math.atan2(v, 0.5), math.atan2(v, -0.5))
for v in [0.5, 1.0, 2.0, 10.0, 1e10]:
    print(v, math.asinh(v), math.acosh(v) if v >= 1 else None, math.atanh(v / 11 if v < 11 else 0.5), math.log1p(v), math.expm1(v if v < 100 else 1))
print(math.degrees(1), math.radians(1), math.degrees(math.tau), math.sin(math.pi), math.cos(math.pi / 2))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(3, 4, 12), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(math.inf, math.inf))
print(math.copysign(0.0, -1), math.fabs(-0.0), math.sqrt(-0.0), math.sqrt(2), math.sqrt(1e308), math.sqrt(5e-324))
print(math.exp(-1000), math.exp(709), math.exp(1), math.log(math.e), math.log(1e-320), math.log2(1e-320), math.log10(1e-320))
print(math.isqrt(99), math.pow(2, 0.5), math.pow(-8, 3), math.erf(-1), math.erfc(10), math.gamma(1), math.gamma(10), math.lgamma(1))
print(math.ceil(-0.5), math.floor(-0.5), math.trunc(1e20), math.fmod(-1, math.inf), math.fmod(5.5, -2), math.remainder(-7, 2))
