it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
print(list(it), iter(it) is it)
for c in ([1, 2], (1, 2), {1: 2}, {1}, frozenset([1]), range(2), 'ab', {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), reversed([1]), enumerate('a'), zip('a'), map(str, [1]), filter(None, [1])):
    i = iter(c)
    print(type(i).__name__, iter(i) is i, list(i), list(i))
class Count:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
print(list(Count(4)), sum(Count(5)), sorted(Count(3), reverse=True), dict.fromkeys(Count(2)), set(Count(3)), tuple(Count(2)))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 'abc'[i]
print(list(OldStyle()), [x for x in OldStyle()], 'b' in OldStyle(), list(enumerate(OldStyle())))
class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError as e:
    print('TypeError', e)
class Raises:
    def __iter__(self): return self
    def __next__(self): raise ValueError('inner')
try:
    list(Raises())
except ValueError as e:
    print('ValueError', e)
li = iter([1, 2, 3, 4])
print(li.__length_hint__(), next(li), li.__length_hint__())
ri = iter(range(10, 0, -2))
print(ri.__length_hint__(), list(ri), ri.__length_hint__())
di = iter({1: 1, 2: 2})
print(di.__length_hint__(), next(di), di.__length_hint__())
si = iter({1, 2, 3})
print(si.__length_hint__(), next(si), si.__length_hint__())
