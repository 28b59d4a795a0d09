def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::2]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
def f1():
    del d['zz']
t(f1)
def f2():
    x = (1, 2)
    del x[0]
t(f2)
def f3():
    s = 'abc'
    del s[0]
t(f3)
def f4():
    r = range(3)
    del r[0]
t(f4)
def f5():
    x = {1}
    del x[0]
t(f5)
m = [[1, 2], [3, 4]]
del m[0][1]
del m[1][:]
print(m)
n = {'x': {'y': 1, 'z': 2}}
del n['x']['y']
print(n)
a, b = [1, 2], [3, 4]
del a[0], b[-1]
print(a, b)
big = list(range(1000))
del big[100:900]
print(len(big), big[98:102])
del big[:]
print(big)
