# int addition/subtraction across the small/big boundary
vals = [0, 1, -1, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, 2**64, 10**30, -10**30]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b)
x = 0
for i in range(100):
    x += 2**62 - 1
print(x)
for i in range(100):
    x -= 2**62 - 1
print(x, type(x).__name__)
print(-(-2**62), -(2**62), +(-5), abs(-2**62), abs(-10**40))
