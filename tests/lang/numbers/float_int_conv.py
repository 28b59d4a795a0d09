import math
for v in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e18, -1e18, 4.611686018427388e18, 9.3e18, 1e30, 1.7976931348623157e308, 5e-324]:
    print(v, int(v), math.trunc(v), math.floor(v), math.ceil(v), round(v))
for v in [float('inf'), float('-inf'), float('nan')]:
    for f in [int, math.trunc, math.floor, math.ceil, round]:
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
print(float(2**63), float(2**64 - 1), float(-2**63), float(2**1023), float(2**53 + 1), float(2**53 + 3))
print(float(2**1024 - 2**970 - 1))
for v in [2**1024, -(2**1024), 2**1024 - 2**970]:
    try:
        print(float(v))
    except OverflowError as e:
        print(e)
print(int(1e20) == 10**20, int(1.5e20), int(-2.5e15))
