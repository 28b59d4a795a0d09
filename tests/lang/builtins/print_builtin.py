# print(): sep, end, file, flush, and errors.
import sys
print()
print(1, 'two', 3.0, None, [4])
print('a', 'b', sep='-')
print('a', 'b', sep='')
print('a', 'b', sep=None)
print('no newline', end='')
print(' <- joined')
print('x', end=None)
print(*range(5), sep=', ', end='.\n')
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
c = Collector()
print('to', 'collector', file=c)
print('flushed', file=c, flush=True)
print(c.parts)
print('explicit stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
print('file None', file=None)
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print(S(), [S()])
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: print(1, sep=1))
t(lambda: print(1, end=2))
t(lambda: print(1, file=1))
t(lambda: print(1, foo=1))
class BadStr:
    def __str__(self):
        raise ValueError('bad str')
t(lambda: print('before', BadStr()))
print('\u00e9\u20ac', 'unicode ok')
