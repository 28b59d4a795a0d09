class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d['a'], d['zz'], d, 'zz' in d, d.get('q'), len(d))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for w in 'the cat the hat the end'.split():
    c[w] = c[w] + 1
print(c, sorted(c.items()))
class Logging(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
lg = Logging()
lg['x'] = 1
print(lg['x'], lg.get('x'), dict(lg), lg)
lg.update(y=2)
print(lg, type(lg).__name__, type(lg.copy()).__name__, lg == {'x': 1, 'y': 2})
class Ordered(dict):
    def __repr__(self):
        return 'Ordered(' + super().__repr__() + ')'
o = Ordered([(2, 'b'), (1, 'a')])
print(o, list(o), dict(o), {**o}, o | {3: 'c'}, type(o | {3: 'c'}).__name__)
class NoMissing(dict):
    pass
try:
    NoMissing()['x']
except KeyError as e:
    print('KeyError', e)
class WithInit(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
w = WithInit({1: 2}, z=3)
print(w, w.extra, isinstance(w, dict), issubclass(WithInit, dict))
print(dict.fromkeys('ab', 0), Default.fromkeys('ab'), type(Default.fromkeys('ab')).__name__)
class KeysOnly:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k + '!'
print(dict(KeysOnly()), {**KeysOnly()})
def f(**kw):
    return kw
print(f(**{'a': 1}, **{'b': 2}), f(**Default(q=1)))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
