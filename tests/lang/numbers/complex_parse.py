good = ['1', '1j', 'j', '-j', '+j', '1+2j', '1-2j', '-1.5-2.5j', ' (1+2j) ', '( 3j )', '1e3j', '1e3+1e-3j', 'inf+nanj',
        '-infj', 'nan', '1_0+2_0j', '.5j', '1.j', '+1.5', '1J', '3+J', '0x', '1+j']
for s in good:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), e)
bad = ['', ' ', 'x', '1+2 j', '1 +2j', '(1+2j', '1+2j)', 'j1', '1jj', '1+2', '++1j', '1+-2j', '()', '1__0j', '1e', '1+2j+3']
for s in bad:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), e)
print(complex(), complex(1), complex(1.5, 2), complex(1, 2j), complex(1j, 1j), complex(1j), complex(2 + 3j, 4), complex(True, False))
print(complex(-0.0), complex(0.0, -0.0), complex(real=1, imag=2), complex(imag=3), complex(2**60, 1))
for args in [('1', 2), (1, '2'), ([],), (1, []), (None,)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(e)
class C:
    def __complex__(self):
        return 1 + 5j
class Fl:
    def __float__(self):
        return 2.5
class Ix:
    def __index__(self):
        return 4
print(complex(C()), complex(Fl()), complex(Ix()), complex(Fl(), Ix()))
