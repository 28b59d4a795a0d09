a = list(range(5))
a[10:20] = ['x']
print(a)
a[-100:1] = ['start']
print(a)
a[3:1] = ['mid']
print(a)
a[:] = []
print(a)
a[:] = range(3)
print(a)
a[::1] = 'xyz'
print(a)
a[::-1] = [1, 2, 3]
print(a)
b = list(range(10))
b[1:9:3] = ['A', 'B', 'C']
print(b)
b[-1:-10:-4] = 'PQR'
print(b)
try:
    b[::2] = []
except ValueError as e:
    print('ValueError', e)
c = list(range(6))
c[::2] = (x * 10 for x in range(3))
print(c)
c[1::2] = {7: 0, 8: 0, 9: 0}
print(c)
d = [1, 2, 3]
d[len(d):] = [4, 5]
d[:0] = [0]
print(d)
e = list(range(10))
e[2:8:2] = []  if False else e[2:8:2]
print(e)
del e[::-3]
print(e)
del e[100:]
del e[:-100]
print(e)
f = [0] * 4
f[1:3] = f
print(f)
g = [1, 2, 3, 4]
g[1:3] = g[::-1]
print(g)
