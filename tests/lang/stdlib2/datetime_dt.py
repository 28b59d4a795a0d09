from datetime import date, time, datetime, timedelta, timezone, tzinfo
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
dt = datetime(2026, 11, 25, 8, 30)
print(repr(dt), str(dt), dt.isoformat(), dt.ctime())
print(repr(datetime(2026, 11, 25)), repr(datetime(2026, 1, 2, 3, 4, 5)), repr(datetime(2026, 1, 2, 3, 4, 5, 6)), repr(datetime(2026, 1, 2, 0, 0, 0, 7)))
x = datetime(2026, 1, 2, 3, 4, 5, 678901)
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(ts, x.isoformat(timespec=ts), dt.isoformat(' ', ts), x.time().isoformat(ts))
t(lambda: x.isoformat(timespec='nanos')); t(lambda: x.isoformat(sep='ab')); t(lambda: x.isoformat(sep=1))
print(x.date(), x.time(), repr(x.time()), x.timetz(), x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
print(x.timetuple())
print(x.utctimetuple())
print(x.toordinal(), x.weekday(), x.isoweekday(), x.isocalendar())
print(x.replace(hour=23), x.replace(microsecond=0), x.replace(tzinfo=timezone.utc), x.replace(fold=1).fold)
t(lambda: x.replace(hour=24)); t(lambda: x.replace(month=2, day=30))
print(datetime.combine(date(2026, 11, 25), time(8, 30)), datetime.combine(date(2026, 1, 1), time(1, tzinfo=timezone.utc)))
print(repr(datetime.combine(date(2026, 1, 1), time(1), tzinfo=timezone(timedelta(hours=2)))))
t(lambda: datetime.combine(1, time())); t(lambda: datetime.combine(date(2026, 1, 1), 1))
print(dt + timedelta(hours=20), dt - timedelta(days=400, seconds=1), dt - datetime(2026, 1, 1), datetime(2026, 1, 1) - dt)
print(dt + timedelta(microseconds=1), dt - timedelta(microseconds=1))
t(lambda: datetime.max + timedelta(microseconds=1)); t(lambda: datetime.min - timedelta(microseconds=1))
t(lambda: dt + 1); t(lambda: dt - 1); t(lambda: dt < 1); t(lambda: dt + dt); t(lambda: dt - date(2026, 1, 1))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max))
u = timezone.utc
aw = datetime(2026, 11, 25, 8, 30, tzinfo=u)
p5 = timezone(timedelta(hours=5, minutes=30))
print(repr(aw), aw, aw.utcoffset(), aw.tzname(), aw.dst())
aw2 = aw.astimezone(p5)
print(repr(aw2), aw2, aw2.tzname(), aw2 == aw, hash(aw2) == hash(aw), aw2 - aw)
print(aw.astimezone(timezone(-timedelta(hours=8), 'PST')), aw.astimezone(timezone(-timedelta(hours=8), 'PST')).tzname())
t(lambda: aw < dt); t(lambda: aw - dt); print(aw == dt, aw != dt)
print(aw.timestamp(), datetime(1970, 1, 1, tzinfo=u).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=u).timestamp())
print(datetime.fromtimestamp(0, u), datetime.fromtimestamp(1764059400, u), datetime.fromtimestamp(1.5, u), datetime.fromtimestamp(-1.25, u))
print(repr(datetime.fromtimestamp(1764059400.123456, p5)), datetime.fromtimestamp(2**31, u), datetime.fromtimestamp(-2**31, u))
t(lambda: datetime.fromtimestamp(0, 1))
print(aw.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %:z %a %A %b %B %j %U %W %w %u %p %I %y %G %V %%'))
print(aw2.strftime('%z|%Z|%:z|%c|%x|%X|%D|%T|%R|%e|%F'))
print(datetime(2026, 1, 1, 13, 5, 9, 42).strftime('%H %I %p %M %S %f'), dt.strftime('%z|%Z|'))
print(datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=-3, seconds=-15, microseconds=-1))).strftime('%z %:z %Z'))
for s in ['2026-11-25', '2026-11-25T08:30', '2026-11-25 08:30:15', '2026-11-25T08:30:15.5', '2026-11-25T08:30:15,123456789',
          '2026-11-25T08', '2026-11-25T0830', '2026-11-25T083015', '20261125T083015Z', '2026-11-25T08:30+05:30', '2026-11-25T08:30-0800',
          '2026-11-25T08:30:00+00:00', '2026-11-25T08:30Z', '2026-W48-3T12:00', '2026-11-25T08:30:15.123+01:00:30.5', '2026-11-25X08:30',
          '2026-11-25T', '2026-11-25T25:00', '2026-11-25T08:3', '2026-11-25T08:30:15.', '2026-11-25 08:30 ', 'nonsense', '2026-11-25T08:30+5']:
    t(lambda: datetime.fromisoformat(s))
t(lambda: datetime.fromisoformat(None))
for s in ['08:30', '08', '08:30:15.250', 'T0830', '083015', '08:30+01:00', '08:30:00Z', '8:30', '08:30:60', '08:30:15.1234567']:
    t(lambda: time.fromisoformat(s))
print(datetime(2026, 11, 25) > datetime(2026, 11, 24, 23, 59), datetime(2026, 1, 1) == datetime(2026, 1, 1, 0, 0, 0, 0))
print(len({datetime(2026, 1, 1), datetime(2026, 1, 1, 0, 0), aw, aw2}))
print(sorted([datetime(2026, 1, 1, 5), datetime(2025, 1, 1), datetime(2026, 1, 1, 4, 59)]))
print(isinstance(dt, date), issubclass(datetime, date), type(dt).__name__, datetime.__name__, datetime.__module__)
print(dt.date() == date(2026, 11, 25), dt.replace(tzinfo=None) == dt)
