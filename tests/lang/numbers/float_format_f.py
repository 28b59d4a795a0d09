vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 1.005, 123.456, -987654.321, 1e20, 1.5e-7, 1e300, 5e-324, float('inf'), float('-inf'), float('nan')]
specs = ['f', '.0f', '.1f', '.2f', '.10f', '#.0f', '+f', ' .3f', '10.2f', '<10.1f', '^12.3f', '010.2f', '+012.3f', ',.2f', '_.3f',
         'F', '.3F', '%', '.1%', '.0%', '#.0%', 'z.1f', '015,.2f']
for v in vals:
    print(v, ' | '.join(format(v, s) for s in specs))
print(format(1e300, '.0f')[:40], len(format(1e300, '.0f')))
print(format(0.1, '.30f'), format(2.0**-30, '.40f'))
