from datetime import date, datetime, time, timezone, timedelta
codes = ['%a', '%A', '%b', '%B', '%c', '%C', '%d', '%D', '%e', '%F', '%g', '%G', '%h', '%H', '%I', '%j', '%k', '%l', '%m', '%M', '%n', '%p', '%r', '%R', '%S', '%t', '%T', '%u', '%U', '%V', '%w', '%W', '%x', '%X', '%y', '%Y', '%z', '%Z', '%%', '%f', '%:z']
dates = [datetime(1, 1, 1), datetime(5, 6, 7, 8, 9, 10, 11), datetime(99, 12, 31, 23, 59, 59), datetime(999, 1, 3, 12), datetime(1000, 1, 1, 0, 30),
         datetime(1900, 1, 1), datetime(1970, 1, 1, 13), datetime(2000, 2, 29, 11, 59, 59, 999999), datetime(2020, 12, 31), datetime(2021, 1, 3),
         datetime(2026, 11, 25, 8, 30), datetime(9999, 12, 31, 23, 59, 59, 999999),
         datetime(2026, 6, 1, 0, 0, tzinfo=timezone(timedelta(hours=-9, minutes=-30))), datetime(2026, 6, 1, tzinfo=timezone(timedelta(hours=5, minutes=45), 'NPT'))]
for d in dates:
    print(repr(d))
    print('  ' + ' | '.join(repr(d.strftime(c)) for c in codes))
    print('  ' + d.date().strftime('%Y-%m-%d %A %j %U %W %G-W%V-%u %H:%M:%S %z|%Z|%f'))
print(time(13, 5, 7, 123).strftime('%H %I %p %M %S %f %Y %m %d %j %a %z %Z'))
print(time(1, tzinfo=timezone.utc).strftime('%z %Z %:z'))
print(datetime(2026, 1, 1).strftime(''), repr(datetime(2026, 1, 1).strftime('%')), datetime(2026, 1, 1).strftime('100%% %Y%%'), datetime(2026, 1, 1).strftime('a\u00e9\u4e2d %Y'))
print(date(2026, 11, 25).strftime('%s' if False else '%Y'), datetime(2026, 11, 25).strftime('%-d' if False else '%d'))
