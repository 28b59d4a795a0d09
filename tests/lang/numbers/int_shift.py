for v in [0, 1, -1, 5, -5, 2**62 - 1, -2**62, 2**70 + 12345, -(2**70 + 12345)]:
    print(v, [v << s for s in (0, 1, 2, 31, 61, 62, 63, 64, 100)])
    print(v, [v >> s for s in (0, 1, 2, 31, 61, 62, 63, 64, 100, 10**20)])
for a, b in [(1, -1), (1, -(10**20))]:
    for name in ['<<', '>>']:
        try:
            print(a << b if name == '<<' else a >> b)
        except ValueError as e:
            print(name, type(e).__name__, e)
print(0 << 10**20, 1 >> 10**20, -1 >> 10**20)
x = 1
x <<= 200
x >>= 190
print(x)
print(True << 3, 1 << True)
