def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('b'), d.get('z'), d.get('z', 0))
t(lambda: d['z'])
t(lambda: d[[]])
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))
print(d.setdefault('a', 100), d.setdefault('d', 4), d.setdefault('e'), d)
print(d.pop('e'), d.pop('zz', 'dflt'), d)
t(lambda: d.pop('zz'))
t(lambda: d.pop())
print(d.popitem(), d)
print(d.popitem(), d)
e = {}
t(lambda: e.popitem())
d.update({'x': 10}); print(d)
d.update([('y', 20), ['z', 30]]); print(d)
d.update(w=40, v=50); print(d)
d.update({'a': -1}, a=-2); print(d)
d.update(); print(d)
t(lambda: d.update(1))
t(lambda: d.update([1]))
t(lambda: d.update([[1, 2, 3]]))
t(lambda: d.update({}, {}))
t(lambda: d.update(["ab"]) or d)
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
d2 = {}
d2.update(M()); print(d2)
print(dict(M()), dict([(1, 2)]), dict(a=1), dict({1: 2}, b=3), dict(), dict(zip('abc', range(3))))
t(lambda: dict(1, 2))
t(lambda: dict(1))
c = d.copy(); c['new'] = 1; print('new' in d, 'new' in c, type(c).__name__)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
t(lambda: dict.fromkeys())
d.clear(); print(d, len(d))
f = {1: 'one', 2: 'two'}
print(1 in f, 3 in f, 3 not in f, f.__contains__(2), f.__getitem__(1))
t(lambda: [] in f)
del f[1]; print(f)
def delmissing():
    del f[99]
t(delmissing)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} == [1])
t(lambda: {1: 2} < {1: 2})
t(lambda: hash({}))
print({1: 1, 1.0: 2, True: 3}, {0: 'a', False: 'b', 0.0: 'c'})
g = {'x': 1}
print(g | {'y': 2}, {'y': 2} | g, g)
g |= {'z': 3}; print(g)
g |= [('w', 4)]; print(g)
t(lambda: g | [('q', 1)])
t(lambda: g | 1)
print(list(reversed({1: 2, 3: 4, 5: 6})), list(reversed({})))
print(d.__class__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
nested = {'l': [1, 2], 't': (3,), 'd': {'x': {}}, 's': 'str', 'n': None}
print(nested)
r = {}
r['self'] = r
print(r)
r2 = {'a': []}
r2['a'].append(r2)
print(r2)
print(dict(a=1, b=2) == {'b': 2, 'a': 1}, len({i: i for i in range(100)}))
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), sum(big.values()), list(big)[:5], list(big)[-3:])
for i in range(0, 1000, 3):
    big[i] = -i
print(len(big), list(big)[-3:])
