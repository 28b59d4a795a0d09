class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self): print('enter', self.name); return self.name
    def __exit__(self, *a): print('exit', self.name); return False
with Ctx('a'): pass
with Ctx('a') as x: print(x)
with Ctx('a') as x, Ctx('b') as y: print(x, y)
with (Ctx('a') as x, Ctx('b') as y): print(x, y)
with (Ctx('a'), Ctx('b')): print('two')
with (Ctx('p')) as z: print(z)
with (Ctx('a') as x, Ctx('b') as y,): print('trailing')
with Ctx('tu') as (p, q): print(p, q)
with Ctx('lst') as [r, *s]: print(r, s)
class O: pass
o = O()
with Ctx('attr') as o.v: print(o.v)
d = {}
with Ctx('item') as d['k']: print(d)
with (
    Ctx('m1') as m1,
    Ctx('m2') as m2,
):
    print(m1, m2)
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print('suppressing', t.__name__); return True
with Suppress():
    raise ValueError
print('after suppress')
