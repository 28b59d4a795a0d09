from datetime import date, time, datetime, timedelta, timezone, tzinfo
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for tm in [time(), time(8), time(8, 30), time(8, 30, 15), time(8, 30, 0, 1), time(23, 59, 59, 999999), time(1, fold=1), time(1, 2, tzinfo=timezone.utc)]:
    print(repr(tm), str(tm), tm.isoformat(), tm.hour, tm.minute, tm.second, tm.microsecond, tm.tzinfo, tm.fold, bool(tm))
print(time.min, time.max, time.resolution)
t(lambda: time(24)); t(lambda: time(1, 60)); t(lambda: time(1, 1, 60)); t(lambda: time(1, 1, 1, 10**6)); t(lambda: time(fold=2)); t(lambda: time(tzinfo=1))
t(lambda: time(-1)); t(lambda: time(1.0)); t(lambda: time('1'))
print(time(8, 30) < time(9), time(8, 30) == time(8, 30, 0), time(1) != time(2), max(time(3), time(1, 59)))
t(lambda: time(1) < 1); t(lambda: time(1) < time(1, tzinfo=timezone.utc)); print(time(1) == time(1, tzinfo=timezone.utc))
print(time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))), hash(time(1, tzinfo=timezone.utc)) == hash(time(2, tzinfo=timezone(timedelta(hours=1)))))
print(time(8, 30, 15, 123).strftime('%H:%M:%S.%f %p %I'), format(time(8, 30), '%H%M'), format(time(8, 30)), f'{time(1, 2):%M}')
print(time(1, 2, 3).replace(hour=4), time(1, 2).replace(tzinfo=timezone.utc).utcoffset(), time(1).utcoffset(), time(1).tzname(), time(1).dst())
print(hash(time(1, 2)) == hash(time(1, 2, 0)), time(1, 2, tzinfo=timezone(timedelta(hours=-5))).isoformat(), time(0, tzinfo=timezone(timedelta(minutes=30), 'X')).tzname())
# timezone
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'Z'), timezone(timedelta(hours=1)), timezone(timedelta(hours=-5), 'EST'),
           timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(seconds=1)), timezone(timedelta(microseconds=-1)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'), timezone.utc == timezone(timedelta(0)))
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'A')))
t(lambda: timezone(timedelta(days=1))); t(lambda: timezone(-timedelta(hours=24))); t(lambda: timezone(1)); t(lambda: timezone(timedelta(hours=1), 3))
t(lambda: timezone.utc.utcoffset(1)); t(lambda: timezone.utc.tzname('x'))
t(lambda: timezone.utc.fromutc(datetime(2026, 1, 1)))
print(isinstance(timezone.utc, tzinfo))
# custom tzinfo
class Fixed(tzinfo):
    def __init__(self, h, name):
        self.h = h; self.name = name
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def tzname(self, dt): return self.name
    def dst(self, dt): return timedelta(0)
    def __repr__(self): return 'Fixed(%d)' % self.h
f = Fixed(-7, 'MST')
d = datetime(2026, 11, 25, 12, tzinfo=f)
print(repr(d), d, d.utcoffset(), d.tzname(), d.dst(), d.timetuple().tm_isdst, d.astimezone(timezone.utc), d.strftime('%z %Z'))
print(d.astimezone(Fixed(2, 'EET')), d == d.astimezone(Fixed(2, 'EET')), d - datetime(2026, 11, 25, 12, tzinfo=timezone.utc))
print(d.timestamp())
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
    def tzname(self, dt): return 5
class Big(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=24)
t(lambda: datetime(2026, 1, 1, tzinfo=Bad()).utcoffset()); t(lambda: datetime(2026, 1, 1, tzinfo=Bad()).tzname())
t(lambda: datetime(2026, 1, 1, tzinfo=Big()).utcoffset())
t(lambda: tzinfo().utcoffset(None)); t(lambda: tzinfo().tzname(None)); t(lambda: tzinfo().dst(None))
class Nodst(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
t(lambda: datetime(2026, 1, 1, tzinfo=Nodst()).timetuple())
