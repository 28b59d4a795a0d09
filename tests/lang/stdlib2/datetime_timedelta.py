from datetime import timedelta
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
cases = [timedelta(), timedelta(1), timedelta(days=1, hours=1), timedelta(seconds=-1),
         timedelta(microseconds=1), timedelta(microseconds=-1), timedelta(weeks=2, days=-3),
         timedelta(hours=25), timedelta(minutes=1.5), timedelta(days=0.1), timedelta(seconds=0.5e-6),
         timedelta(seconds=1.5e-6), timedelta(seconds=2.5e-6), timedelta(milliseconds=1.0005),
         timedelta(days=-1, seconds=86399), timedelta(days=2, microseconds=10), timedelta(0, 0, 0, 0, 0, 0, 1),
         timedelta(days=-2.5), timedelta(999999999, 86399, 999999), timedelta(-999999999)]
for c in cases:
    print(repr(c), '|', str(c), '|', c.days, c.seconds, c.microseconds, c.total_seconds(), bool(c))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
a = timedelta(hours=5, minutes=30); b = timedelta(days=1)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, 0.5 * a, a * -1.25)
print(b / a, b // a, b % a, divmod(b, a), a / 2, a // 2, a / 1.5, b / 7, a / -3, timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2)
print(a < b, a <= b, a > b, a == timedelta(seconds=19800), a != b, max(a, b), min([b, a]))
print(hash(a) == hash(timedelta(seconds=19800)), a == 5)
t(lambda: timedelta(days=-1e9)); t(lambda: timedelta(days=1000000000)); t(lambda: timedelta(1, 'a'))
t(lambda: timedelta(days='1')); t(lambda: timedelta(hours=None))
t(lambda: timedelta.max + timedelta(1)); t(lambda: timedelta.min - timedelta(1))
t(lambda: b / 0); t(lambda: b // 0); t(lambda: b % timedelta(0)); t(lambda: b / timedelta(0))
t(lambda: b + 1); t(lambda: b < 1); t(lambda: 1 - b); t(lambda: b * 'x'); t(lambda: b / 'x')
t(lambda: divmod(b, timedelta(0))); t(lambda: b * 1e300)
t(lambda: timedelta(float('nan'))); t(lambda: timedelta(float('inf')))
print(sorted([timedelta(1), timedelta(-1), timedelta(0), timedelta(seconds=1)]))
print(sum([timedelta(hours=1)] * 30, timedelta()))
print(timedelta(days=1, seconds=3600) == timedelta(hours=25))
