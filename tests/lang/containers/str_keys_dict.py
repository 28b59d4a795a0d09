keys = ['k%d' % i for i in range(5000)]
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(len(d), d['k0'], d['k4999'], 'k5000' in d, d.get('k123'))
for k in keys[::2]:
    del d[k]
print(len(d), 'k0' in d, 'k1' in d, list(d)[:3])
for k in keys[::2]:
    d[k] = -1
print(len(d), list(d)[-3:], sum(1 for v in d.values() if v == -1))
attrs = {}
for name in ['__init__', '__repr__', 'x', 'y', '_private', 'a' * 100, '', 'ü', '日本']:
    attrs[name] = len(name)
print(attrs)
print(attrs['日本'], attrs[''], 'ü' in attrs, attrs.get('a' * 100))
built = ''.join(['k', '1', '2'])
print(d[built], built in d, d.get(''.join(['k', '9', '9', '9', '9'])))
class Obj:
    pass
o = Obj()
for i in range(100):
    setattr(o, 'attr%d' % i, i)
print(sum(getattr(o, 'attr%d' % i) for i in range(100)), len(vars(o)), o.attr42)
g = globals()
g['dynamic_name'] = 'set via globals'
print(dynamic_name)
