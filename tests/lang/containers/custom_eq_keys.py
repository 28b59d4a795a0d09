class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v) & 7
    def __eq__(self, o):
        K.calls += 1
        return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%r)' % (self.v,)
d = {K(i): i for i in range(20)}
print(len(d), d[K(7)], K(19) in d, K(99) in d)
del d[K(3)]
print(len(d), K(3) in d, sorted(k.v for k in d)[:5])
s = {K(i % 5) for i in range(20)}
print(len(s), sorted(k.v for k in s))
class Boom:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('boom')
b = {Boom(): 1}
try:
    b[Boom()]
except ValueError as e:
    print('ValueError', e)
try:
    Boom() in {Boom()}
except ValueError as e:
    print('ValueError', e)
class BadHash:
    def __hash__(self): raise RuntimeError('no hash')
try:
    {BadHash(): 1}
except RuntimeError as e:
    print('RuntimeError', e)
try:
    {}.get(BadHash())
except RuntimeError as e:
    print('RuntimeError', e)
class Mutator:
    target = None
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o):
        if Mutator.target is not None:
            Mutator.target.clear()
        return self is o
dm = {}
for i in range(5):
    dm[Mutator(i)] = i
Mutator.target = dm
print(Mutator(9) in dm, len(dm))
sm = set()
Mutator.target = None
for i in range(5):
    sm.add(Mutator(i))
Mutator.target = sm
print(Mutator(9) in sm, len(sm))
class AlwaysEq:
    def __hash__(self): return hash(1)
    def __eq__(self, o): return True
print({1: 'one'}[AlwaysEq()], AlwaysEq() in {1, 2}, list({AlwaysEq(): 'x', 1: 'y'}.values()))
class StrLike:
    def __init__(self, s): self.s = s
    def __hash__(self): return hash(self.s)
    def __eq__(self, o): return o == self.s
dd = {'abc': 1}
print(dd[StrLike('abc')], StrLike('abc') in dd, dd.get(StrLike('zz')))
dd[StrLike('abc')] = 2
print(dd)
