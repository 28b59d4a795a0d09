vals = [0, 1, -1, 3, -7, 2**31, 2**32 + 1, 2**62 - 1, -2**62, 3**40, -(10**25)]
for a in vals:
    for b in vals:
        print(a * b)
f = 1
for i in range(1, 60):
    f *= i
    print(i, f)
print((2**64 - 1) * (2**64 - 1))
print(123456789 * 987654321 * 111111111 * 222222222)
