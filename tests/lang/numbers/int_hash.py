vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61), -(2**61) - 1, 2**62, 2**63, 2**64, -(2**64),
        10**30, -(10**30), 2**122, 2**200 + 5, True, False, 12345678901234567890123]
for v in vals:
    print(v, hash(v))
for f in [0.0, -0.0, 1.0, -1.0, 1.5, 0.5, 2.0**61, 2.0**62, 1e300, 5e-324, -2.5, 1e-10, float('inf'), float('-inf'), 3.141592653589793]:
    print(f, hash(f))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(2**70) == hash(2.0**70), hash(-0.0) == hash(0))
print(hash(complex(1, 2)), hash(complex(0, 1)), hash(complex(-1, -1)), hash(complex(1.5, 0)))
d = {1: 'a', 2**64: 'b', 1.5: 'c'}
print(d[1.0], d[2.0**64], d[1.5], d[True], 1 + 0j in d)
