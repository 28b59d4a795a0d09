vals = [0.0, -0.0, 0.5, 1.0, 1.5, -1.5, 2.0, 0.1, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, 2.0**61, 2.0**62, 2.0**64,
        -2.0**61, 3.141592653589793, 1e16, 123456.789, float('inf'), float('-inf')]
for v in vals:
    print(repr(v), hash(v))
print(all(hash(float(i)) == hash(i) for i in range(-1000, 1000)))
print(all(hash(float(2**k)) == hash(2**k) for k in range(0, 1000)))
print(hash(-1.0), hash(-1), hash(-2.0))
nan = float('nan')
print(hash(nan) == hash(nan), {nan: 1}[nan])
