base = bytes(range(10))
slices = [(None, None, None), (2, 5, None), (5, 2, None), (None, None, 2), (1, None, 3), (None, None, -1), (8, 1, -2), (-3, None, None), (None, -3, None), (20, 30, None), (-20, 3, None)]
for sl in slices:
    s = slice(*sl)
    a = bytearray(base)
    n = len(a[s])
    try:
        a[s] = bytes(range(100, 100 + n))
        print(sl, "assign same", list(a))
    except Exception as e:
        print(sl, type(e).__name__, e)
    a = bytearray(base)
    try:
        a[s] = b"XY"
        print(sl, "assign XY", list(a))
    except Exception as e:
        print(sl, type(e).__name__, e)
    a = bytearray(base)
    del a[s]
    print(sl, "del", list(a))
    a = bytearray(base)
    a[s] = []
    print(sl, "empty", list(a)) if sl[2] in (None, 1) else None
a = bytearray(b"abc")
a[1:1] = b"123"
print(a)
a[:] = b""
print(a, len(a))
a[0:0] = bytearray(b"new")
print(a)
a[-1:] = memoryview(b"W")
print(a)
a[len(a):] = (x for x in b"!!")
print(a)
a = bytearray(b"0123456789")
a[::3] = bytearray(b"abcd")
print(a)
a[::-3] = b"WXYZ"
print(a)
for i in range(-10, 10, 3):
    a[i] = 35
print(a)
del a[-1], a[0]
print(a)
