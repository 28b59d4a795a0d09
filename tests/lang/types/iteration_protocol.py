# Iterator classes, generators as __iter__, __getitem__ iteration, StopIteration.
class Range3:
    def __iter__(self):
        yield 1
        yield 2
        yield 3
print(list(Range3()), sum(Range3()), max(Range3()), 2 in Range3(), sorted(Range3(), reverse=True))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c))
for x in Countdown(2):
    print('loop', x)
a, b = Countdown(2)
print(a, b)
print(*Countdown(3))
def gen():
    yield from Countdown(3)
print(list(gen()))
class WithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
def g2():
    r = yield from WithValue()
    yield ('returned', r)
print(list(g2()))
class Seq:
    def __getitem__(self, i):
        if i > 4: raise IndexError(i)
        return i * i
print(list(Seq()), list(zip(Seq(), 'ab')), [x for x in Seq() if x % 2])
it = iter(Seq())
print(next(it), next(it), type(it).__name__)
class Broken:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Broken())
except KeyError as e:
    print('KeyError', e)
class NextOnly:
    def __next__(self): return 1
try:
    iter(NextOnly())
except TypeError as e:
    print('TypeError', e)
class IterNotIterator:
    def __iter__(self): return [1, 2]
try:
    for _ in IterNotIterator(): pass
except TypeError as e:
    print('TypeError', e)
class Raises:
    def __iter__(self): return self
    def __next__(self): raise ValueError('bad next')
try:
    list(Raises())
except ValueError as e:
    print('ValueError', e)
# iterator protocol via builtins
print(list(map(lambda v: v + 1, Countdown(3))), list(enumerate(Range3())), dict(zip(Range3(), 'abc')))
print(tuple(Countdown(2)), set(Range3()) == {1, 2, 3}, list(reversed([x for x in Range3()])))
print(any(Countdown(3)), all(Range3()), sorted(Seq()))
class LenHint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 100
print(list(LenHint()))
