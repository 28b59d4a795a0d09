grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, [2, 3]]
b = a[:]
c = list(a)
d = a.copy()
a[1].append(4)
a[0] = 9
print(a, b, c, d, b[1] is a[1])
t = ([1],)
t[0].append(2)
print(t)
try:
    t[0] += [3]
except TypeError as e:
    print('TypeError', e)
print(t)
x = {'k': [1]}
y = dict(x)
y['k'].append(2)
y['j'] = 0
print(x, y)
s = {1, 2}
s2 = set(s)
s2.add(3)
print(s, s2)
l = [1, 2, 3]
m = l
m += [4]
print(l, l is m)
tt = (1, 2)
uu = tt
uu += (3,)
print(tt, uu, tt is uu)
fs = frozenset([1])
gs = fs
gs |= {2}
print(fs, gs)
ss = {1}
rr = ss
rr |= {2}
print(ss, ss is rr)
dd = {1: 1}
ee = dd
ee |= {2: 2}
print(dd, dd is ee)
row = [0, 0]
table = [row, row]
table[0][1] = 5
print(table)
nested = [[1, 2], [3, 4]]
flat_copy = [r[:] for r in nested]
flat_copy[0][0] = 99
print(nested, flat_copy)
