import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class MyDate(date):
    def hello(self):
        return 'hi %s' % self.isoformat()
class MyDT(datetime):
    extra = 5
class MyTD(timedelta):
    pass
class MyTime(time):
    pass
d = MyDate(2026, 11, 25)
print(repr(d), str(d), d.hello(), type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__, type(d.replace(day=1)).__name__, type(MyDate.today() if False else MyDate.fromordinal(5)).__name__)
print(type(MyDate.fromisoformat('2026-01-01')).__name__, type(MyDate.fromisocalendar(2026, 1, 1)).__name__, d - date(2026, 1, 1), type(d - date(2026, 1, 1)).__name__)
dt = MyDT(2026, 11, 25, 8, 30)
print(repr(dt), dt.extra, type(dt + timedelta(hours=1)).__name__, type(dt - timedelta(hours=1)).__name__, type(dt.replace(hour=1)).__name__, type(dt.astimezone(timezone.utc)).__name__)
print(type(MyDT.fromisoformat('2026-01-01T00:00')).__name__, type(MyDT.strptime('2026', '%Y')).__name__, type(MyDT.fromtimestamp(0, timezone.utc)).__name__, type(MyDT.combine(date(2026, 1, 1), time(1))).__name__)
print(type(dt.date()).__name__, type(dt.time()).__name__, type(dt - datetime(2026, 1, 1)).__name__)
td = MyTD(days=1, hours=2)
print(repr(td), str(td), type(td + timedelta(1)).__name__, type(-td).__name__, type(td * 2).__name__, type(abs(td)).__name__)
tm = MyTime(1, 2, 3)
print(repr(tm), type(tm.replace(hour=5)).__name__)
print(copy.copy(dt) == dt, copy.deepcopy(d) == d, type(copy.copy(dt)).__name__, date(2026, 1, 1).__reduce__(), datetime(2026, 1, 1, 5, tzinfo=timezone.utc).__reduce__(), timedelta(1, 2, 3).__reduce__(), time(1, 2).__reduce__())
print(timezone(timedelta(hours=1), 'X').__reduce__() if hasattr(timezone, '__reduce__') else None)
print(d == date(2026, 11, 25), hash(d) == hash(date(2026, 11, 25)), dt == datetime(2026, 11, 25, 8, 30), {d: 1}[date(2026, 11, 25)])
class UTCish(tzinfo):
    def utcoffset(self, dt): return timedelta(0)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'U'
x = datetime(2026, 1, 1, tzinfo=UTCish())
print(x, x.tzname(), x == datetime(2026, 1, 1, tzinfo=timezone.utc), x.astimezone(timezone(timedelta(hours=3))))
print(datetime(2026, 3, 1) - timedelta(days=1), date(2024, 2, 28) + timedelta(1), date(2100, 2, 28) + timedelta(1))
print(date(2026, 1, 1).__format__(''), format(datetime(2026, 1, 1, 1, 2, 3), ''), format(time(4, 5), ''))
t(lambda: format(date(2026, 1, 1), 5)); t(lambda: date(2026, 1, 1).strftime(None))
print(datetime(2026, 11, 25, 8, 30).time() < time(9), date.today() > date(2000, 1, 1), datetime.now() > datetime(2000, 1, 1), datetime.now(timezone.utc).tzinfo)
