vals = [0, 1, -1, 42, -42, 255, 65, 1000000, -1000000, 2**64, -(2**70), 123456789012345678901234567890]
for v in vals:
    out = []
    for spec in ['', 'd', 'b', 'o', 'x', 'X', 'n', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '+#x']:
        out.append(format(v, spec))
    print(' '.join(out))
print(format(65, 'c'), format(0x263A, 'c'), format(97, '^5c'), format(True, ''), format(True, 'd'), format(False, '#x'))
print('{:d} {:x} {:#o} {:b}'.format(10, 255, 8, 5))
print(f'{255:#x} {-255:#X} {1234:,} {1234567:_} {255:_b} {2**40:_x}')
