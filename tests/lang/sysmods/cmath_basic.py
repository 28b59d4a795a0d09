import cmath, math

def c(z):
    return "(%.12g%+.12gj)" % (z.real, z.imag)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)
zs = [1+2j, -3+0.5j, 0.25-4j, -1-1j, 2, -2, 0.5, 1j, -1j, 10+10j]
for z in zs:
    print(z, c(cmath.sqrt(z)), c(cmath.exp(z)), c(cmath.log(z)), c(cmath.log10(z)))
    print("  trig", c(cmath.sin(z)), c(cmath.cos(z)), c(cmath.tan(z)))
    print("  arc", c(cmath.asin(z)), c(cmath.acos(z)), c(cmath.atan(z)))
    print("  hyp", c(cmath.sinh(z)), c(cmath.cosh(z)), c(cmath.tanh(z)))
    print("  ahyp", c(cmath.asinh(z)), c(cmath.acosh(z)))
    if z not in (1, -1):
        print("  atanh", c(cmath.atanh(z)))
    r, phi = cmath.polar(z)
    print("  polar %.12g %.12g" % (r, phi), "%.12g" % cmath.phase(z), c(cmath.rect(r, phi)))

# branch cuts: the sign of a zero imaginary part picks the side
print(cmath.sqrt(complex(-4, 0.0)), cmath.sqrt(complex(-4, -0.0)))
print(c(cmath.log(complex(-1, 0.0))), c(cmath.log(complex(-1, -0.0))))
print(c(cmath.asin(complex(2, 0.0))), c(cmath.asin(complex(2, -0.0))))
print(c(cmath.acos(complex(2, 0.0))), c(cmath.acos(complex(2, -0.0))))
print(c(cmath.atan(complex(0.0, 2))), c(cmath.atan(complex(-0.0, 2))))
print(c(cmath.atanh(complex(2, 0.0))), c(cmath.atanh(complex(2, -0.0))))
print(c(cmath.acosh(complex(0.5, 0.0))), c(cmath.acosh(complex(0.5, -0.0))))
print(c(cmath.asinh(complex(0.0, 2))), c(cmath.asinh(complex(-0.0, 2))))
print(cmath.phase(complex(-1, 0.0)), cmath.phase(complex(-1, -0.0)), cmath.phase(-1), cmath.phase(0j))

# log with a base
print(c(cmath.log(8, 2)), c(cmath.log(100, 10)), c(cmath.log(1j, 1j)), c(cmath.log(-8, 2)))
print(c(cmath.log(2+3j, 4-1j)))

# argument types
class C:
    def __complex__(self):
        return 3+4j
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 9
class Bad:
    def __complex__(self):
        return 5
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.sqrt(16))
print(cmath.polar(3+4j), cmath.polar(-2), cmath.rect(2, 0), cmath.rect(0, 1.5))

# predicates and isclose
print(cmath.isfinite(1+1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1+1j, 1+1.001j))
print(cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)), cmath.isclose(cmath.nanj, cmath.nanj))

# errors
def err(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
err(cmath.sqrt, "x")
err(cmath.sqrt)
err(cmath.sqrt, x=1)
err(cmath.log, 0)
err(cmath.log, 0j)
err(cmath.log, 1, 1)
err(cmath.log, 2, 0)
err(cmath.log, 1, 2, 3)
err(cmath.log)
err(cmath.exp, 1000)
err(cmath.exp, complex(800, 1))
err(cmath.cosh, 1000)
err(cmath.sinh, complex(1000, 1))
err(cmath.atanh, 1)
err(cmath.atanh, -1)
err(cmath.sqrt, 10 ** 400)
err(cmath.rect, 1, math.inf)
err(cmath.rect, 1)
err(cmath.rect, "a", 1)
err(cmath.polar, complex(1e308, 1e308))
err(cmath.phase, "a")
err(cmath.isclose, 1)
err(cmath.isclose, 1, 2, rel_tol=-1)
err(cmath.isclose, 1, 2, 3)
err(cmath.sqrt, Bad())
err(cmath.exp, complex(0, math.inf))
err(cmath.sin, complex(math.inf, 0))
err(cmath.tan, complex(math.inf, 1))
err(cmath.cos, complex(math.inf, 2))
