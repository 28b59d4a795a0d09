nan, inf = float('nan'), float('inf')
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, 2), complex(-1, -2), complex(0, 1),
        complex(0, -1), complex(1.5, 0), complex(1e20, 1e-20), complex(nan, inf), complex(inf, -inf), complex(0, nan),
        complex(-nan, 1), complex(1e16, 1e15), complex(0.1, 0.2), 1j, -1j, 2 + 0j, 3.5j, complex(-0.0, 1), complex(1, -0.0)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate())
print(1 + 2j, (1 + 2j) * 1j, 1j * 1j, abs(3 + 4j), abs(-1j), abs(complex(inf, nan)), abs(complex(nan, 1)))
