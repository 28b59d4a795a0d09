specs = ['s', 'z', '.2d', '.0', '+c', ' c', '#c', ',c', ',x', ',b', ',o', ',X', ',n', '_n', ',_d', '_,d', 'abc', '5.5.5',
         '1234567890123456789012345d', 'zd', 'q', '\u20ac', '.', '10.', '=^10', '%%']
for s in specs:
    try:
        print(repr(s), repr(format(42, s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for v in [-1, 0x110000, 2**70]:
    try:
        print(format(v, 'c'))
    except Exception as e:
        print(v, type(e).__name__, e)
try:
    format(1, 3)
except TypeError as e:
    print(e)
for s in ['e', '.3e', 'f', '.2f', 'g', 'G', '%', '.1%', 'E', 'F', '10.3f', ',.2f', '_.1f']:
    print(repr(s), repr(format(1234567, s)), repr(format(-5, s)))
