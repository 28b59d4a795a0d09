for v in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0**60, 123.456, float('inf'), float('nan')]:
    out = [v.is_integer(), v.hex(), v.conjugate(), v.real, v.imag]
    try:
        out.append(v.as_integer_ratio())
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
    print(v, out)
for s in ['0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', 'inf', '-Infinity', 'nan', '0x0p0', '  0X1.0P+0  ',
          '0x.8', '0x1.', '1', 'a', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p-1075', '0x1.8p-1075', '0x1_0p0',
          '0x1p1024', 'x', '0x', '0xp1', '0x1p', '0x1.2.3', '+0x10', '-0x.1p4']:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for v in [1.0, 0.1, -3.5, 1e-310, 2.0**-1022, 1.7976931348623157e308]:
    print(v.hex(), float.fromhex(v.hex()) == v)
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (3.5).__round__(), (2.567).__round__(2))
print(float.__getformat__('double'))
print((1.5).__float__(), (1.5).__int__(), (1.5).__bool__(), (0.0).__bool__(), (1.5).__neg__(), (1.5).__abs__())
print((7.0).__floordiv__(2), (7.0).__rfloordiv__(2), (7.0).__mod__(2), (7.0).__rmod__(2), (2.0).__pow__(3), (2.0).__rpow__(3))
print((1.0).__add__('x'), (1.0).__eq__('x'), (1.0).__lt__(2), (1.0).__eq__(1))
