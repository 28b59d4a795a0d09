# In-place operators: __iadd__ etc., fallback to binary, results.
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return 'binary sub'
    def __imul__(self, o):
        return 'not self'
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 1
print(a)
c = Acc()
c *= 3
print(c)

class OnlyBinary:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyBinary(self.v + o)
x = OnlyBinary(1)
y = x
x += 5
print(x.v, y.v, x is y)

names = ['iadd', 'isub', 'imul', 'imatmul', 'itruediv', 'ifloordiv', 'imod', 'ipow',
         'ilshift', 'irshift', 'iand', 'ixor', 'ior']
class All:
    pass
for n in names:
    def mk(n):
        return lambda self, o: n
    setattr(All, '__%s__' % n, mk(n))
results = []
for op in ['+=', '-=', '*=', '@=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '^=', '|=']:
    ns = {'v': All()}
    exec('v ' + op + ' 1', ns)
    results.append(ns['v'])
print(results)

for op in ['+=', '-=', '*=', '@=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '^=', '|=']:
    try:
        exec('v = 1\nv ' + op + ' "a"', {})
    except TypeError as e:
        print('TypeError', e)

# list += uses extend (in place), tuple += rebinds
l = [1]
l2 = l
l += (2, 3)
print(l, l2 is l)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = {1}
s |= {2}
print(sorted(s))
d = {'a': 1}
d |= {'b': 2}
print(d)

# in-place on attributes and subscripts evaluates the target once
class Obj:
    def __init__(self): self.n = 0
    def __getattribute__(self, name):
        if name == 'n': print('get n')
        return object.__getattribute__(self, name)
o = Obj()
o.n += 1
print(o.n)
class Box(list): pass
bx = Box([1, 2])
bx[0] += 10
print(bx)
