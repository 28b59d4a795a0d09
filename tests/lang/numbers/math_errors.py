import math
tests = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0.0), lambda: math.log10(-5),
    lambda: math.log2(0), lambda: math.log(1, 1), lambda: math.log(10, 0), lambda: math.exp(1000), lambda: math.acos(2),
    lambda: math.asin(-2), lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5),
    lambda: math.pow(10, 400), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.sin(math.inf),
    lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.gamma(200), lambda: math.lgamma(0), lambda: math.ldexp(1, 5000),
    lambda: math.cosh(1000), lambda: math.sqrt('x'), lambda: math.floor('x'), lambda: math.trunc('x'), lambda: math.factorial(-1),
    lambda: math.factorial(1.5), lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.perm(-5), lambda: math.isqrt(-1),
    lambda: math.dist((1, 2), (1, 2, 3)), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.fsum([1e308, 1e308]), lambda: math.remainder(1, 0), lambda: math.floor(math.inf), lambda: math.ceil(math.nan),
    lambda: math.log(-(10**400)), lambda: math.gcd(1.5), lambda: math.sqrt(), lambda: math.ldexp(1.0, 1.5),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
