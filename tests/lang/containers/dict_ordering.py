d = {}
for k in 'zyxwv':
    d[k] = ord(k)
print(list(d), list(d.values()))
del d['x']
d['x'] = 0
print(list(d))
d['z'] = -1
print(list(d.items())[:2])
d.update([('a', 1), ('z', 2)])
print(d)
print(d.popitem(), d.popitem(), list(d))
d2 = dict.fromkeys('hello')
print(list(d2))
print({**{'b': 1, 'a': 2}, 'c': 3, 'b': 4})
e = {}
for i in range(100):
    e[i] = i
for i in range(0, 100, 2):
    del e[i]
for i in range(0, 10, 2):
    e[i] = -i
print(list(e)[:5], list(e)[-5:], len(e))
f = {i: i for i in range(10)}
for i in range(10):
    f.pop(i)
    f[i + 100] = i
print(list(f))
while f:
    f.popitem()
f['again'] = 1
print(f)
print({1: 2, 3: 4} == {3: 4, 1: 2}, list({1: 2, 3: 4}) == list({3: 4, 1: 2}))
g = {'b': 1, 'a': 2}
print(sorted(g), list(reversed(g)), list(reversed(g.values())), list(reversed(g.items())))
h = {}
h.setdefault('x', []).append(1)
h.setdefault('y', []).append(2)
h.setdefault('x', []).append(3)
print(h)
keys = [str(i) for i in range(50)]
big = {k: int(k) for k in keys}
for k in keys[::3]:
    del big[k]
print(list(big)[:6], sum(big.values()), all(big[k] == int(k) for k in big))
copy = dict(big)
print(list(copy) == list(big), copy == big)
