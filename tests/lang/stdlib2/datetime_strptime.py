from datetime import datetime, timezone, timedelta
import _strptime
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
cases = [
    ('2026-11-25', '%Y-%m-%d'), ('25/11/26', '%d/%m/%y'), ('2026-11-25 08:30:15', '%Y-%m-%d %H:%M:%S'),
    ('Wed Nov 25 08:30:00 2026', '%c'), ('11/25/26', '%x'), ('08:30:15', '%X'), ('Wednesday, November 25, 2026', '%A, %B %d, %Y'),
    ('wed nov 25 2026', '%a %b %d %Y'), ('WEDNESDAY 25 NOVEMBER 2026', '%A %d %B %Y'), ('3 PM', '%I %p'), ('12 am', '%I %p'), ('12 pm', '%I %p'),
    ('12', '%I'), ('2026 100', '%Y %j'), ('2026 366', '%Y %j'), ('2024 366', '%Y %j'), ('2026 12 3', '%Y %U %w'), ('2026 12 3', '%Y %W %w'), ('2026 0 0', '%Y %U %w'),
    ('2026 0 1', '%Y %W %w'), ('2026 48 3', '%G %V %u'), ('2026 48 Wed', '%G %V %a'), ('2020 53 7', '%G %V %u'),
    ('2026 .5', '%Y .%f'), ('08:30:15.123456', '%H:%M:%S.%f'), ('08:30:15.1', '%H:%M:%S.%f'),
    ('2026 +0530', '%Y %z'), ('2026 -05:30', '%Y %z'), ('2026 +05:30:10.5', '%Y %z'), ('2026 Z', '%Y %z'), ('2026 +0000', '%Y %z'), ('2026 +05:3010', '%Y %z'),
    ('2026 UTC', '%Y %Z'), ('2026 gmt', '%Y %Z'), ('68', '%y'), ('69', '%y'), ('00', '%y'), ('2026  3', '%Y %m'), ('2026 3', '%Y  %m'), ('2026\t3', '%Y %m'),
    ('2026', '%Y %m'), ('2026 x', '%Y'), ('2026', '%Q'), ('%', '%'), ('a', 'a%'), ('2026%', '%Y%%'), ('5', '%d'), (' 5', '%d'), ('2026 1 1', '%Y %m %d %H'),
    ('2026-02-30', '%Y-%m-%d'), ('2026 13', '%Y %m'), ('24', '%H'), ('60', '%M'), ('61', '%S'), ('2026 12', '%G %V'), ('12 1', '%V %u'), ('2026 1 1', '%Y %V %u'),
    ('2026 100', '%G %j'), ('1/2/2026 10:00', '%m/%d/%Y %H:%M'), ('T08', 'T%H'), ('(1)', '(%d)'), ('a.b 3', 'a.b %d'), ('2026-11-25T08:30:00', '%Y-%m-%dT%H:%M:%S'),
    ('12/31/99 23:59', '%D %R'), ('1:05:09 PM', '%r'), ('2026-11-25', '%F'), ('Nov', '%h'), ('9', '%e'),
]
for s, f in cases:
    print(repr(s), repr(f), end=' -> ')
    t(lambda: datetime.strptime(s, f))
t(lambda: datetime.strptime(3, '%Y')); t(lambda: datetime.strptime('3', 3))
print(_strptime._strptime_time('2026-11-25 08:30', '%Y-%m-%d %H:%M'))
print(tuple(_strptime._strptime_time('2026 UTC', '%Y %Z'))[:9])
print(tuple(_strptime._strptime_time('1 Jan 1970', '%d %b %Y'))[:9])
print(tuple(_strptime._strptime_time('2024 366', '%Y %j'))[:9])
d = datetime.strptime('2026-11-25 08:30 +0100', '%Y-%m-%d %H:%M %z')
print(d, d.utcoffset(), d.tzname(), d.astimezone(timezone.utc))
d = datetime.strptime('2026-11-25 08:30 +0100 UTC', '%Y-%m-%d %H:%M %z %Z')
print(repr(d), d.tzname())
class MyDT(datetime):
    pass
print(type(MyDT.strptime('2026', '%Y')).__name__)
for s, f in [('2026 UTC', '%Y %Z'), ('2026 +0130', '%Y %z'), ('2026', '%Y'), ('Wed Nov 25 08:30:00 2026', '%a %b %d %H:%M:%S %Y')]:
    st = _strptime._strptime_time(s, f)
    print(st, st.tm_zone, st.tm_gmtoff)
print(_strptime._strptime_time('Wed Nov 25 08:30:00 2026'))
