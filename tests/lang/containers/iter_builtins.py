def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)), list(enumerate([], 3)))
print(list(enumerate(iterable='xy', start=10)), list(enumerate('ab', 2 ** 70)))
t(lambda: enumerate())
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate(x=1))
t(lambda: enumerate([], 'a'))
t(lambda: enumerate(1))
e = enumerate('xyz')
print(next(e), next(e), list(e), list(e), type(e).__name__)
print(list(zip('abc', range(5))), list(zip()), list(zip('a')), list(zip('ab', 'cd', 'ef')), list(zip([], 'abc')))
print(list(zip('ab', 'cd', strict=True)), list(zip(strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2], strict=True)))
t(lambda: zip(x=1))
t(lambda: zip(strict=1, x=2))
t(lambda: zip(1))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(pow, [1, 2], [3, 4, 5])), list(map(lambda *a: a, 'ab', 'cd', 'ef')))
t(lambda: map(len))
t(lambda: map())
t(lambda: map(len, [1], x=1))
t(lambda: list(map(len, [1])))
t(lambda: map(len, 1))
print(list(filter(None, [0, 1, 2, '', None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 3])))
t(lambda: filter(None))
t(lambda: filter(None, [], x=1))
t(lambda: filter(None, 1))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
t(lambda: reversed(1))
t(lambda: reversed({1, 2}))
t(lambda: reversed())
t(lambda: reversed([], x=1))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(iter(Seq())), 20 in Seq(), type(reversed(Seq())).__name__, type(iter(Seq())).__name__)
r = reversed(Seq())
print(r.__length_hint__(), next(r), r.__length_hint__())
class NoRev:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
t(lambda: reversed(NoRev()))
class OwnRev:
    def __reversed__(self): return iter('own')
print(list(reversed(OwnRev())))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)), type(iter(counter, 5)).__name__)
t(lambda: iter(1))
t(lambda: iter(len, 1, 2))
t(lambda: next(iter([])))
t(lambda: next(iter([]), 'default'))
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), iter(it) is it)
ri = reversed([1, 2, 3])
print(ri.__length_hint__(), next(ri), list(ri), type(ri).__name__)
m = map(str, range(3))
print(iter(m) is m, next(m), list(m))
z = zip('ab', 'cd')
print(iter(z) is z, next(z), list(z), list(z))
print(dict(zip('abc', range(3))), dict(enumerate('xy')), sum(map(len, ['a', 'bb'])), any(filter(None, [0, 0])), all(map(bool, [1, 2])))
class Gi:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Gi()), list(zip(Gi(), Gi())), list(enumerate(Gi())), sorted(Gi(), reverse=True))
