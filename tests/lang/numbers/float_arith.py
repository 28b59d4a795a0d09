vals = [0.0, -0.0, 1.0, -2.5, 0.1, 3.0, 1e308, -1e308, 5e-324, float('inf'), float('-inf'), float('nan')]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b, a * b)
for a in [1.0, -1.0, 0.0, 7.5, 1e308]:
    for b in [2.0, -2.0, 0.1, 1e-308, float('inf')]:
        print(a, b, a / b)
print(1.5 + 2, 2 + 1.5, 3 - 0.5, 2 * 0.25, 1 / 4, 10**20 + 0.5, 0.1 * 3, 1e16 + 1, 2**53 + 1.0)
print(-(0.0), -(-0.0), abs(-0.0), abs(-3.5), +(-2.0))
for a, b in [(1.0, 0), (1.0, 0.0), (0.0, 0.0), (1, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(e)
x = 1.0
x += 1
x *= 3
x -= 0.5
x /= 2
print(x)
try:
    print(1.0 + 10**400)
except OverflowError as e:
    print(e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
