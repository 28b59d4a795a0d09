# Augmented assignment: every operator, targets evaluated once
ops = []
v = 7
v += 3; ops.append(v)
v -= 1; ops.append(v)
v *= 2; ops.append(v)
v //= 4; ops.append(v)
v %= 3; ops.append(v)
v **= 5; ops.append(v)
v <<= 2; ops.append(v)
v >>= 1; ops.append(v)
v |= 1; ops.append(v)
v &= 6; ops.append(v)
v ^= 15; ops.append(v)
v /= 2; ops.append(v)
print(ops)

class Log:
    def __init__(self):
        self.events = []
        self._d = {'k': 1}
        self._a = 10
    def __getitem__(self, k):
        self.events.append(('get', k))
        return self._d[k]
    def __setitem__(self, k, val):
        self.events.append(('set', k, val))
        self._d[k] = val
    def __getattr__(self, n):
        self.events.append(('getattr', n))
        return 5
lg = Log()
counter = 0
def idx():
    global counter
    counter += 1
    return 'k'
lg[idx()] += 10
lg.missing_attr = 0
print(lg.events, counter, lg._d)

class IAdd:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return 'isub result'
a = IAdd()
b = a
a += 1
a += 2
print(b.items, a is b)
a -= 1
print(a)

class Only:
    def __add__(self, o):
        return 'plain add'
o = Only()
o += 1
print(o)

s = 'ab'
s += 'cd'
s *= 2
print(s)
lst = [1]
lst *= 3
lst += (4,)
print(lst)
st = {1, 2}
st |= {3}
st -= {1}
st &= {2, 3, 4}
st ^= {9}
print(sorted(st))
d = {'a': 1}
d |= {'b': 2}
print(d)
nested = {'x': [0, 0]}
nested['x'][1] += 5
print(nested)
class Holder:
    val = 1
Holder.val += 1
h = Holder()
h.val += 10
print(Holder.val, h.val)
try:
    undefined_aug += 1
except NameError as e:
    print(type(e).__name__, e)
def local_aug():
    try:
        q += 1
    except UnboundLocalError as e:
        return str(e)
print(local_aug())
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
sl = [1, 2, 3, 4]
sl[1:3] += ['x']
print(sl)
