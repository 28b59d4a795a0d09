for b in [0, 1, -1, 2, -2, 3, 10, -10]:
    print(b, [b ** e for e in range(0, 12)])
print(2 ** 100, (-3) ** 41, 7 ** 77)
print(2 ** -1, 2 ** -10, (-2) ** -3, 10 ** -2, 1 ** -5, (-1) ** -3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -3, 17), pow(-4, -1, 11), pow(5, -2, 13))
print(pow(123456789, 987654321, 10**30 + 57))
print(pow(2, 0, 1), pow(0, 0), pow(0, 0, 5), pow(5, 0, 1), pow(5, 3, 1))
print(0 ** 0, 0 ** 5, (-1) ** (10**20), (-1) ** (10**20 + 1), 1 ** (10**30))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5), (0, -1), (2.0, 3, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(True ** 2, 2 ** True, False ** 0)
x = 3
x **= 4
print(x)
print(10 ** 50 // 10 ** 48, 2 ** 64 % 1000)
