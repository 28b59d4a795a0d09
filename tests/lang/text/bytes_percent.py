def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s|%5s|%-5s|%.2s" % (b"abc", b"ab", b"ab", b"abc"))
print(b"%d|%5d|%-5d|%05d|%+d|%x|%X|%#o|%e|%.3f|%g" % (1, 2, 3, 4, 5, 255, 255, 8, 1.5, 2.0, 0.1))
print(b"%c|%c|%5c" % (65, b"z", 66), b"%%|%r|%a" % (b"x", "\u20ac"), b"%b" % bytearray(b"ba"))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%s" % memoryview(b"mv"))
class WB:
    def __bytes__(self):
        return b"wb"
print(b"%s %b" % (WB(), WB()))
err(lambda: b"%s" % 1)
err(lambda: b"%b" % "s")
err(lambda: b"%c" % b"ab")
err(lambda: b"%c" % -1)
err(lambda: b"%d" % b"1")
err(lambda: b"%(a)s" % {"a": b"1"})
err(lambda: b"%s %s" % b"a")
err(lambda: b"%" % ())
err(lambda: b"%z" % 1)
print(bytearray(b"%s") % b"x", type(bytearray(b"%d") % 1).__name__, b"%s" % (b"tuple",), b"%i %u" % (7, 8))
