import cmath, math
inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, inf, -inf, nan, 1e300, -1e300, 710.0, -710.0]

def f(x):
    if x != x or x in (inf, -inf) or x == 0.0:
        return repr(x)
    return "%.12g" % x

def fmt(x):
    if isinstance(x, complex):
        return "(%s,%s)" % (f(x.real), f(x.imag))
    if isinstance(x, tuple):
        return "(" + ",".join(fmt(v) for v in x) + ")"
    if isinstance(x, float):
        return f(x)
    return repr(x)

for name in ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "cos", "sin", "tan",
             "acosh", "asinh", "atanh", "cosh", "sinh", "tanh", "phase", "polar",
             "isinf", "isnan", "isfinite"]:
    fn = getattr(cmath, name)
    for re in vals:
        row = []
        for im in vals:
            try:
                row.append(fmt(fn(complex(re, im))))
            except Exception as e:
                row.append(type(e).__name__)
        print(name, f(re), " ".join(row))
for r in vals:
    row = []
    for phi in vals:
        try:
            row.append(fmt(cmath.rect(r, phi)))
        except Exception as e:
            row.append(type(e).__name__)
    print("rect", f(r), " ".join(row))
