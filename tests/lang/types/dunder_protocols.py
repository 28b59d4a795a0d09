# Container and object dunders: len, bool, getitem/setitem/delitem,
# contains, iter/next, reversed, call, repr/str/format, index.
class Seq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        print('getitem', i)
        return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
s = Seq(1, 2, 3)
print(len(s), bool(s), s[0], s[-1], s[0:2])
s[1] = 20
del s[0]
print(s.items, list(s), 20 in s, 99 in s)
print(bool(Seq()))

class Bag:
    def __contains__(self, x): return x == 'yes'
    def __iter__(self): return iter(['a', 'b'])
print('yes' in Bag(), 'a' in Bag(), list(Bag()), 'no' not in Bag())

class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), [x * 2 for x in Counter(2)])
it = iter(Counter(1))
print(next(it), next(it, 'done'))

class NotIter:
    __iter__ = None
for f in (lambda: iter(NotIter()), lambda: iter(5), lambda: next(5), lambda: len(NotIter()),
          lambda: (lambda n: n[0])(5), lambda: NotIter()[0]):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)

class Callable:
    def __call__(self, *a, **k): return ('called', a, sorted(k))
c = Callable()
print(c(1, x=2), callable(c), callable(Callable), callable(5))
try:
    s()
except TypeError as e:
    print('TypeError', e)

class Rev:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rev())), list(reversed(Seq(1, 2))))

class Fmt:
    def __format__(self, spec): return 'Fmt[' + spec + ']'
    def __repr__(self): return 'Fmt()'
    def __str__(self): return 'str-Fmt'
f = Fmt()
print(format(f, 'x>5'), f'{f:abc}', f'{f!r}', f'{f!s}', str(f), repr(f), '%s %r' % (f, f))
class Default: pass
try:
    format(Default(), 'd')
except TypeError as e:
    print('TypeError', e)
print(format(Default(), '')[:9])
class BadStr:
    def __str__(self): return 5
    def __repr__(self): return None
for f2 in (lambda: str(BadStr()), lambda: repr(BadStr()), lambda: '%s' % BadStr()):
    try:
        f2()
    except TypeError as e:
        print('TypeError', e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError', e)

class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([10, 20, 30][Idx(1)], 'abcdef'[Idx(1):Idx(3)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
class BadIdx:
    def __index__(self): return 'x'
try:
    [1][BadIdx()]
except TypeError as e:
    print('TypeError', e)

class Bool:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(Bool(True)), not Bool(False), 'yes' if Bool(True) else 'no')
try:
    bool(Bool(1))
except TypeError as e:
    print('TypeError', e)
class LenNeg:
    def __len__(self): return -1
try:
    len(LenNeg())
except ValueError as e:
    print('ValueError', e)
class LenStr:
    def __len__(self): return 'a'
try:
    len(LenStr())
except TypeError as e:
    print('TypeError', e)
class LenBig:
    def __len__(self): return 2**70
try:
    len(LenBig())
except OverflowError as e:
    print('OverflowError', e)
class BoolAndLen:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(BoolAndLen()))

class Missing(dict):
    def __missing__(self, key): return key * 2
m = Missing(a=1)
print(m['a'], m['bc'], m.get('zz'))

class Getitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(Getitem()), 4 in Getitem(), 1 in Getitem())
class ClassGetitem:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(ClassGetitem[int], type(ClassGetitem.__dict__['__class_getitem__']).__name__)
try:
    int['x']
except TypeError as e:
    print('TypeError', e)
