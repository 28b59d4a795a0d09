for v in [-0.0, -0.0001, -0.004, 0.004, -1e-10]:
    print(repr(v), [format(v, s) for s in ('z.2f', 'z.0f', 'z.1e', 'z.2g', 'z', 'z.1%', '+z.2f', 'z=+8.1f')])
for v in [float('inf'), float('-inf'), float('nan')]:
    print([format(v, s) for s in ('', '010', '<10', '+', 'F', 'E', 'G', '.2%', '010.2f', '=10', '*^9', ',')])
for s in ['.2d', 'x', 'c', 'b', 's', 'z.2d', ',n', '_n', '.', 'ff', '1234567890123456789012345f']:
    try:
        print(format(1.5, s))
    except ValueError as e:
        print(repr(s), e)
print(format(123456789.125, ',.2f'), format(-123456789.125, '_.3f'), format(1e7, ',g'), format(1234567.0, ',.3e'))
print(format(12345.678, '0=+20,.3f'), format(12345.678, '020,.3f'), format(-12345.678, '021,.3f'), format(1.0, '04'))
print(format(5e-324, '.1000g')[:60], len(format(1.0, '.500f')))
