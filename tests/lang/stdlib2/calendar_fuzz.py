import random, calendar
rng = random.Random(22)
for i in range(40):
    fw = rng.randint(0, 6)
    y = rng.choice([1, 2, 100, 1582, 1900, 2000, 2024, 2026, 9999, rng.randint(1, 9999)])
    m = rng.randint(1, 12)
    tc = calendar.TextCalendar(fw)
    w, l = rng.randint(0, 4), rng.randint(0, 2)
    print(fw, y, m, w, l)
    print(tc.formatmonth(y, m, w, l))
    if i % 10 == 0:
        print(tc.formatyear(y, rng.randint(2, 3), rng.randint(1, 2), rng.randint(1, 8), rng.choice([1, 2, 3, 4, 6, 12])))
    print(calendar.monthrange(y, m), calendar.leapdays(1, y), calendar.weekday(y, m, 1))
    print(calendar.HTMLCalendar(fw).formatmonth(y, m, rng.choice([True, False])))
