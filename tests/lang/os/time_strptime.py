import time
for a in [(1,)*8, (1,)*12, 5]:
    try: time.struct_time(a)
    except Exception as e: print(type(e).__name__, e)
s=time.struct_time((2026,1,1,0,0,0,3,1,-1))
print(s.tm_zone, s.tm_gmtoff, len(s), tuple(s))
s=time.struct_time((2026,1,1,0,0,0,3,1,-1,'UTC',3600)); print(s.tm_zone, s.tm_gmtoff, len(tuple(s)), s)
print(time.strptime('2024-03-05 10:11:12', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Tue Mar  5 10:11:12 2024'))
try:
    time.strptime('2024', '%d')
except ValueError as e:
    print(e)
print(time.mktime(time.strptime('2024-03-05', '%Y-%m-%d')) > 0)
