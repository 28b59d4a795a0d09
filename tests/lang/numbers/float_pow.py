bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, float('inf'), float('-inf'), float('nan')]
exps = [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, float('inf'), float('-inf'), float('nan')]
for b in bases:
    out = []
    for e in exps:
        try:
            out.append(repr(b ** e))
        except Exception as ex:
            out.append(type(ex).__name__ + ':' + str(ex))
    print(b, out)
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-2.0) ** 1.5, 2 ** 0.5, 4 ** -0.5, 10.0 ** 20, 10 ** -1.0, 2.0 ** 1023)
for b, e in [(2.0, 10000), (10.0, 400), (-10.0, 401), (1e300, 2), (0.0, -1), (0.0, -1.5), (-0.0, -3)]:
    try:
        print(b ** e)
    except Exception as ex:
        print(type(ex).__name__, ex)
print(pow(2.0, 3), pow(2, 3.0), pow(-2.0, 3), pow(9.0, 0.5))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print(2.0 ** -1074, 2.0 ** -1075, 2.0 ** 1024 if False else 'skip')
