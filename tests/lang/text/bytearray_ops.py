def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = bytearray(b"hello")
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], type(a[1:3]).__name__)
a.append(33); print(a)
a.extend(b" wo"); a.extend([114, 108]); a.extend(bytearray(b"d")); a.extend(x for x in b"!"); print(a)
a.insert(0, 62); a.insert(100, 60); a.insert(-1, 95); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(111); print(a)
a.reverse(); print(a)
c = a.copy(); c[0] = 65; print(a, c, a == c)
a.clear(); print(a, len(a))
a = bytearray(b"0123456789")
a[0] = 65; a[-1] = 90; print(a)
a[1:3] = b"xyz"; print(a)
a[5:] = b""; print(a)
a[:0] = b"<<"; print(a)
a[::2] = b"_____" if len(a[::2]) == 5 else bytes(len(a[::2])); print(a)
del a[0]; print(a)
del a[1:3]; print(a)
del a[::2]; print(a)
a = bytearray(range(10)); del a[::-3]; print(list(a))
a = bytearray(b"abc"); a[1:2] = [120, 121]; print(a)
a = bytearray(b"abc"); a[0:3] = a; print(a)
a = bytearray(b"abcdef"); a[::-2] = b"XYZ"; print(a)
a = bytearray(b"ab"); a += b"cd"; a += bytearray(b"e"); print(a)
a *= 2; print(a)
b = bytearray(b"xy") * 3; print(b, 2 * bytearray(b"z"), bytearray(b"a") + b"b", bytearray(b"a") + bytearray(b"c"))
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b"ab"), bytearray("é", "utf-8"), bytearray(memoryview(b"mv")), bytearray(range(3)))
print(repr(bytearray(b"it's")), repr(bytearray(b"\x00\xff")), str(bytearray(b"s")))
print(bytearray(b"Hello").upper(), bytearray(b"a,b").split(b","), bytearray(b"abc").partition(b"b"), bytearray(b" x ").strip(), bytearray(b"ab").hex(), bytearray.fromhex("4142"), bytearray(b"abc").decode())
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", b"abc" == bytearray(b"abc"), bytearray(b"a") != "a", bytearray(b"b") > bytearray(b"a"))
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), list(bytearray(b"hi")))
err(lambda: hash(bytearray()))
err(lambda: bytearray(b"a")[5])
err(lambda: bytearray(b"a")["x"])
err(lambda: bytearray().pop())
err(lambda: bytearray(b"a").pop(5))
err(lambda: bytearray(b"a").remove(98))
err(lambda: bytearray(b"a").append(256))
err(lambda: bytearray(b"a").append("a"))
err(lambda: bytearray(b"a").extend("abc"))
err(lambda: bytearray(b"a").extend(5))
err(lambda: bytearray(b"a").extend([300]))
err(lambda: bytearray(b"a").insert(0, -1))
def f1():
    a = bytearray(b"abc"); a[::2] = b"xyz"
err(f1)
def f2():
    a = bytearray(b"abc"); a[0:1] = 5
err(f2)
def f3():
    a = bytearray(b"abc"); a[0] = 256
err(f3)
def f4():
    a = bytearray(b"abc"); a[5] = 1
err(f4)
def f5():
    a = bytearray(b"abc"); a[0:1] = "x"
err(f5)
err(lambda: bytearray(b"a") + "b")
err(lambda: bytearray("x"))
err(lambda: bytearray(-1))
err(lambda: bytearray(1.5))
class BA(bytearray):
    pass
s = BA(b"sub")
print(type(s).__name__, s, repr(s), s.upper(), type(s.upper()).__name__, len(s))
a = bytearray(b"x"); a.__init__(b"re-init"); print(a)
print(bytearray(b"abc").__alloc__() >= 4)
