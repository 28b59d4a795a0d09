import datetime as D
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(MINYEAR, MAXYEAR, D.UTC is timezone.utc)
d = date(2026, 11, 25)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, d.isocalendar()[0], tuple(d.isocalendar()))
print(d.ctime(), d.isoformat(), str(d), format(d), format(d, '%d/%m/%Y'), f"{d:%A %B}")
print(d.timetuple())
print(date.fromordinal(1), date.fromordinal(739000), date.fromordinal(3652059))
for o in [1, 59, 60, 365, 366, 730120, 730485, 146097, 146098, 36524, 36525]:
    x = date.fromordinal(o)
    assert x.toordinal() == o
    print(o, x)
print(d.replace(day=1), d.replace(year=2024, month=2, day=29))
t(lambda: d.replace(year=2025, month=2, day=29))
t(lambda: date(2026, 13, 1)); t(lambda: date(2026, 2, 29)); t(lambda: date(0, 1, 1))
t(lambda: date(10000, 1, 1)); t(lambda: date(1.5, 1, 1)); t(lambda: date('2026', 1, 1))
t(lambda: date(2026)); t(lambda: date(2026, 1))
t(lambda: date.fromordinal(0))
print(d - date(2026, 1, 1), d + timedelta(days=40), d - timedelta(weeks=3), timedelta(1) + d)
print(d + timedelta(hours=23), d + timedelta(hours=25))
t(lambda: date.max + timedelta(1)); t(lambda: date.min - timedelta(1))
t(lambda: d + 1); t(lambda: d - 1); t(lambda: 1 - d); t(lambda: d < 1)
print(d == date(2026, 11, 25), d != date(2026, 11, 25), d < date(2027, 1, 1), d >= date(2026, 11, 26))
print(d == datetime(2026, 11, 25), d == 5, d != 'x')
print(hash(d) == hash(date(2026, 11, 25)), len({d, date(2026, 11, 25), date(2026, 11, 26)}))
print(date.min, date.max, date.resolution)
print(sorted([date(2026, 3, 1), date(2025, 12, 31), date(2026, 1, 15)]))
print(date.fromisoformat('2026-11-25'), date.fromisoformat('20261125'), date.fromisoformat('2026-W48-3'),
      date.fromisoformat('2026W483'), date.fromisoformat('2026-W01'), date.fromisoformat('2026W01'))
for s in ['2026-1-1', '2026-11-25T00:00', '', '2026-13-01', '2026-02-30', '2026/11/25', '2026-W54-1', '2026-W01-8', 'abcd-ef-gh']:
    t(lambda: date.fromisoformat(s))
t(lambda: date.fromisoformat(20261125))
print(date.fromisocalendar(2026, 1, 1), date.fromisocalendar(2020, 53, 7))
t(lambda: date.fromisocalendar(2026, 53, 1)); t(lambda: date.fromisocalendar(2026, 1, 0))
for y in [2000, 2004, 2008, 2015, 2020, 2021, 2026, 1900]:
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar())
# leap years
for y in [1900, 2000, 2024, 2026]:
    t(lambda: date(y, 2, 29))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2026, 3, 1) - date(2026, 2, 1))
print(date(1, 1, 1).strftime('%Y-%m-%d %j %a'), date(999, 5, 6).strftime('%Y|%y|%C|%G'))
