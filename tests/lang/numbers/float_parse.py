good = ['0', '1', '-1', '+1.5', '  2.5  ', '\t3\n', '1e5', '1E5', '1e-5', '1.e3', '.5', '-.5e-2', '1_000.000_1',
        'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'nan', '-nan', 'NaN', '1e500', '-1e500', '1e-400',
        '0.1', '123456789012345678901234567890', '2.2250738585072014e-308', '4.9e-324', '2.4e-324', '1_2e1_0',
        '007', '00.5', '9007199254740993', '0.30000000000000004']
for s in good:
    print(repr(s), float(s))
bad = ['', ' ', 'x', '1__0', '_1', '1_', '1e', '1e+', 'e5', '.', '-', '1.5.5', '0x10', '0x1p3', 'nan(1)', 'in', 'infinit',
       '1 2', '1e5.5', '1_.5', '1._5', '++1', '--1', 'inf inf', '1ee5']
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(e)
print(float(b'1.5'), float(bytearray(b' -2 ')), float(), float(7), float(True), float(2**100))
for x in [[], None, '1j', 1j, b'x']:
    try:
        print(float(x))
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class G:
    def __index__(self):
        return 3
class H:
    def __float__(self):
        return 1
print(float(F()), float(G()))
try:
    float(H())
except TypeError as e:
    print(e)
try:
    float(10**400)
except OverflowError as e:
    print(e)
