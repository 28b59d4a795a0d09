from datetime import *
d, dt, t, td, tz = date(2026, 1, 1), datetime(2026, 1, 1), time(1), timedelta(1), timezone.utc
for f in [lambda: d * 2, lambda: 2 * d, lambda: d / 2, lambda: d ** 2, lambda: -d, lambda: abs(d), lambda: ~d, lambda: t + td, lambda: td + t, lambda: -t,
          lambda: dt * 2, lambda: dt - t, lambda: td ** 2, lambda: td & 1, lambda: 1 | td, lambda: ~td, lambda: tz + 1, lambda: -tz, lambda: d @ d, lambda: d + d,
          lambda: d - dt, lambda: dt - d, lambda: t - t, lambda: t < d, lambda: d < t, lambda: td < d, lambda: divmod(d, 1), lambda: divmod(td, 1), lambda: d % 1, lambda: td % 1]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
# user types still get their reflected operation
class Weeks:
    def __radd__(self, other):
        return 'radd %s' % (other,)
    def __rsub__(self, other):
        return 'rsub %s' % (other,)
    def __rmul__(self, other):
        return 'rmul %s' % (other,)
    def __gt__(self, other):
        return 'gt'
print(d + Weeks(), dt - Weeks(), td * Weeks(), d < Weeks(), td < Weeks(), t < Weeks())
class MyTD(timedelta):
    def __radd__(self, other):
        return 'mytd radd'
print(td + MyTD(1), d + MyTD(2))
