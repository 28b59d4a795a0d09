# Unpacking and starred assignment
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
*empty, = ()
print(empty)
[p, q] = 'pq'
print(p, q)
try:
    u, v = [1, 2, 3]
except ValueError as err:
    print(type(err).__name__, err)
try:
    u, v, w = [1, 2]
except ValueError as err:
    print(type(err).__name__, err)
try:
    h, *t, z = [1]
except ValueError as err:
    print(type(err).__name__, err)
try:
    m, n = 5
except TypeError as err:
    print(type(err).__name__, err)

print([*range(3), *'ab', 9])
print((*[1, 2], 3))
print({*'aa', 'b'} == {'a', 'b'})
print({'x': 1, **{'y': 2}, 'z': 3})
print({**{'a': 1}, **{'a': 2}})

def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), k=1, **{'j': 2}))
print(f(**{'a': 1}, b=2))
try:
    f(**{'a': 1}, a=2)
except TypeError as err:
    print(type(err).__name__, err)
try:
    f(*5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    f(**5)
except TypeError as err:
    print(type(err).__name__, err)

for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)

x = y = z = 'same'
print(x, y, z)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 'set'
print(i, lst)
obj = type('O', (), {})()
obj.a, obj.b = 'A', 'B'
print(obj.a, obj.b)
d = {}
d['k'], d['j'] = 1, 2
print(d)
s = [1, 2, 3, 4, 5]
s[1:3] = ['x']
print(s)
del s[0], s[-1]
print(s)
aa = [1, 2, 3]
aa[0] += 10
aa[1:2] *= 1
print(aa)

class Counter:
    def __init__(self): self.n = 0
    def __getitem__(self, k):
        print('getitem', k)
        return 0
    def __setitem__(self, k, v):
        print('setitem', k, v)
cc = Counter()
def key():
    print('key evaluated')
    return 'K'
cc[key()] += 5

class Attr:
    def __init__(self): self._v = 1
    @property
    def v(self):
        print('get v')
        return self._v
    @v.setter
    def v(self, val):
        print('set v', val)
        self._v = val
def target():
    print('target evaluated')
    return at
at = Attr()
target().v += 1
print(at.v)
