vals = [0, 1, -1, 42, -42, 255, 2**31, -2**63, 10**25]
for v in vals:
    print("%d|%5d|%-5d|%05d|%+d|% d|%x|%#x|%X|%#X|%o|%#o|%.3d|%+08d|%-+6d|" % ((v,) * 15))
fl = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e10, 1.5e-7, 123456.789, 1e300, float("inf"), float("nan")]
for v in fl:
    print("%f|%.2f|%10.3f|%-10.1f|%+f|% f|%e|%.2E|%g|%G|%.3g|%#g|%010.2f|%#.0f|%.0e|" % ((v,) * 15))
print("%s|%r|%a" % (1.5, 1.5, 1.5), "%s" % 10**20, "%d" % 2.5e10, "%i" % -3.9, "%u" % 7)
print("%(n)d %(n)x %(f).1f" % {"n": 255, "f": 2.25}, "%(a)s%%" % {"a": 5})
print("%3c|%-3c|%c" % (65, 0xe9, "ü"))
print("%.*f|%*.*f|%-*s|" % (2, 3.14159, 8, 3, 2.71828, 6, "ab"))
print("%ld %lf %hd" % (1, 2.0, 3))
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 9
    def __index__(self):
        return 9
print("%f %.1f %d %x" % (F(), F(), N(), N()))
print("%d %s" % (True, False), "%x" % True, "%.2f" % True)
