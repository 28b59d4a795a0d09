# Subclassing builtins keeps their data and behaviour.
class MyInt(int):
    def double(self): return self * 2
i = MyInt(21)
print(i, i.double(), type(i).__name__, type(i + 1).__name__, i == 21, isinstance(i, int), hash(i) == hash(21))
print(MyInt('7'), MyInt(), MyInt(2**70) > 2**69, MyInt(-3) < 0, int(i), type(int(i)).__name__)
i.tag = 'tagged'
print(i.tag, vars(i))

class MyBig(int):
    pass
print(MyBig(10**30) + 1, MyBig(5) * MyBig(5))

class MyStr(str):
    def shout(self): return self.upper() + '!'
s = MyStr('hey')
print(s, s.shout(), len(s), s + 'x', type(s + 'x').__name__, s[1], repr(s), s == 'hey', 'e' in s)
s.meta = 1
print(s.meta, str(s), type(str(s)).__name__, MyStr('a') < 'b')

class MyTuple(tuple):
    def first(self): return self[0]
t = MyTuple([3, 4])
print(t, t.first(), len(t), t + (5,), type(t[:1]).__name__, isinstance(t, tuple))
t.x = 'attr'
print(t.x)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
p = Pair(1, 2)
print(p, p.a, type(p).__name__)

class MyList(list):
    def __init__(self, *args):
        super().__init__(args)
    def total(self): return sum(self)
ml = MyList(1, 2, 3)
ml.append(4)
print(ml, ml.total(), len(ml), ml[1:], type(ml[1:]).__name__, ml == [1, 2, 3, 4])
ml.info = 'x'
print(ml.info, sorted(vars(ml)))

class LoggingList(list):
    def append(self, x):
        print('append', x)
        super().append(x)
ll = LoggingList()
ll.append(1)
ll += [2]
print(ll)

class MyDict(dict):
    def __missing__(self, k): return 'missing:' + str(k)
md = MyDict(a=1)
md['b'] = 2
print(md['a'], md['zz'], sorted(md.items()), len(md), isinstance(md, dict))

class DefaultDictLike(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
dd = DefaultDictLike(list)
dd['x'].append(1)
print(dd, dd.factory)

class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError('bad', 42)
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
class NoInit(ValueError):
    pass
e = NoInit('a', 'b')
print(e.args, str(e), repr(e))
e.extra = 1
print(e.extra)

class MyFloat(float):
    def __repr__(self): return 'MyFloat(%s)' % float.__repr__(self)
print(repr(MyFloat(1.5)), MyFloat(1.5) + 1, type(MyFloat(2) * 2).__name__)

class MySet(set):
    pass
ms = MySet([1, 2])
print(sorted(ms), type(ms | {3}).__name__, 1 in ms)

class MyBytes(bytes):
    pass
mb = MyBytes(b'ab')
print(mb, len(mb), mb[0], type(mb).__name__)

class MyObj(object):
    pass
print(type(MyObj()).__name__, MyObj.__bases__)

# overriding __new__ on an int subclass
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(Even(7), Even(8), type(Even(3)).__name__)

class MyBool(int):
    def __bool__(self): return True
print(bool(MyBool(0)), bool(MyInt(0)))
try:
    class B2(bool): pass
except TypeError as e:
    print('TypeError', e)
