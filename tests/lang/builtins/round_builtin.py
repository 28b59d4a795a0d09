# round() with and without ndigits, __round__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e300, 0.1, 7, -7, True]:
    t(lambda: round(v))
for v, n in [(2.675, 2), (1.23456, 3), (1234.5678, -2), (15, -1), (25, -1), (-25, -1),
             (1.5, 0), (1.5, None), (123, 2), (0.125, 2), (1e300, -300), (2**70, -5)]:
    t(lambda: round(v, n))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round(float('inf'), 2))
t(lambda: round('a'))
t(lambda: round(1.5, 'a'))
t(lambda: round())
t(lambda: round(number=2.5, ndigits=0))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
t(lambda: round(R()))
t(lambda: round(R(), 3))
t(lambda: type(round(2.5)).__name__)
t(lambda: type(round(2.5, 0)).__name__)
