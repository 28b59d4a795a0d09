# len(), repr(), ascii().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in ['abc', '', [1, 2], (1,), {1: 2}, {1, 2, 3}, range(10), b'xy', 'héllo']:
    t(lambda: len(v))
t(lambda: len(5))
t(lambda: len())
class L:
    def __len__(self):
        return 7
class NegLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**70
class StrLen:
    def __len__(self):
        return 'x'
t(lambda: len(L()))
t(lambda: len(NegLen()))
t(lambda: len(BigLen()))
t(lambda: len(StrLen()))
for v in ['a\nb', "it's", 'quote"', 1.5, None, [1, 'a'], {'k': (1,)}, b'\x00\xff']:
    t(lambda: repr(v))
for v in ['héllo', '\u20ac', '\U0001f600', ['é'], 'plain', b'\xe9']:
    t(lambda: ascii(v))
class R:
    def __repr__(self):
        return 'R()'
class BadR:
    def __repr__(self):
        return 5
t(lambda: repr(R()))
t(lambda: repr(BadR()))
t(lambda: repr())
