def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-100:100], a[5:2])
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1], a[-1:-5:-1])
print(a[100:], a[:-100], a[3:3], a[::100], a[::-100])
t(lambda: a[::0])
t(lambda: a['x'])
t(lambda: a[1.5])
t(lambda: a[10])
t(lambda: a[-11])
print(a[-10], a[9], a[True], a[False])
class Idx:
    def __index__(self):
        return 3
print(a[Idx()], a[Idx():], a[:Idx()], a[::Idx()])
t(lambda: a[2 ** 100])
print(a[-2 ** 100:2 ** 100])
b = list(range(10))
b[2:5] = ['a', 'b']; print(b)
b[2:4] = []; print(b)
b[:0] = [-1, -2]; print(b)
b[len(b):] = [100]; print(b)
b[::2] = 'abcdef'; print(b)
b[::-2] = range(6); print(b)
def bad1():
    c = [1, 2, 3]
    c[::2] = [1]
t(bad1)
def bad2():
    c = [1, 2, 3]
    c[::2] = 1
t(bad2)
def bad3():
    c = [1, 2, 3]
    c[0:1] = 1
t(bad3)
def bad4():
    c = [1, 2, 3]
    c[5] = 1
t(bad4)
def bad5():
    c = [1, 2, 3]
    del c[5]
t(bad5)
def bad6():
    c = [1, 2, 3]
    c['a'] = 1
t(bad6)
c = list(range(10))
del c[::3]; print(c)
del c[1:3]; print(c)
del c[::-2]; print(c)
del c[-1]; print(c)
del c[:]; print(c)
d = [1, 2, 3]
d[1:2] = d; print(d)
e = [1, 2, 3]
e[:] = e; print(e)
f = [1, 2, 3, 4, 5]
f[1:4:1] = 'xy'; print(f)
g = list(range(6))
g[4:1:-1] = 'abc'; print(g)
g[0] = 'first'; g[-1] = 'last'; print(g)
h = [0] * 5
h[1:3] = (i * i for i in range(4)); print(h)
