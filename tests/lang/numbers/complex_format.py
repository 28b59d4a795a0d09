vals = [1 + 2j, -1.5 - 2.25j, 1j, -1j, complex(0.0, 0.0), complex(-0.0, 1), 1e20 + 1e-20j, complex(float('inf'), float('nan')), 1 / 3 + 2 / 3j]
specs = ['', '10', '<20', '>20', '^20', '*^24', '+', ' ', '-', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '.2', '.10',
         '+.3f', '20.2f', ',.2f', '_.1f', 'n', 'z.1f', 'F']
for v in vals:
    print(repr(v), ' | '.join(repr(format(v, s)) for s in specs))
for s in ['05', '=10', 'd', 'x', '%', 'c', ',x']:
    try:
        print(format(1 + 2j, s))
    except ValueError as e:
        print(repr(s), e)
print('{:.3f} {:>12} {}'.format(1 + 1j, 2j, 3 + 0j))
