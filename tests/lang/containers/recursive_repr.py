a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
l = [d, a]
print(l)
t = (a, d)
print(t)
nested = [[[]]]
nested[0][0].append(nested)
print(nested)
x = []
y = [x]
x.append(y)
print(x, y)
dd = {}
dd[1] = [dd, (dd,)]
print(dd)
s = {1: {2: {3: {}}}}
s[1][2][3][4] = s
print(s)
class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return 'R(%r)' % (self.items,)
print(R())
v = {}
v['keys'] = v.keys()
v['values'] = v.values()
print(v)
print([[]] * 3, [()] * 2, [{}], [set()], [frozenset()], [range(2)])
m = [1]
m2 = [m, m]
print(m2)
deep = []
cur = deep
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:60], len(repr(deep)))
