vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e300, 5e-324,
        123456789.987654321, 0.1, 1.23456789e-10, 2.5e-5, 1.7976931348623157e308]
for v in vals:
    print(v, round(v), [round(v, n) for n in (0, 1, 2, 3, -1, -2, -3, 5, 10, 400, -400)])
print(round(-0.0), round(-0.4), round(0.4, 0), round(-0.4, 0), round(-1.0, -5), round(1.5e300, -300), round(2.5e300, -300))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(round(v, 2))
    try:
        round(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(e)
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(1.5, None), round(2**0.5, 4))
