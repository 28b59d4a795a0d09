def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice('a', 'b', 'c'))
print(s.indices(5), s.indices(100), slice(None).indices(3), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7))
t(lambda: slice(None, None, 0).indices(3))
t(lambda: slice(1).indices(-1))
t(lambda: slice('a').indices(1))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(1, stop=2))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != slice(1, 2, None), slice(1) == slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) <= slice(1, 2, 3))
print(hash(slice(1, 2, 3)), hash(slice(None)), hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): 'x'}[slice(1, 2)])
t(lambda: hash(slice([], 1)))
class Seq:
    def __getitem__(self, i):
        return i
q = Seq()
print(q[1:2], q[1:2:3], q[::], q[:], q[1:], q[:5], q[...], q[1:2, 3], q[::-1])
a = list(range(10))
print(a[slice(2, 5)], a[slice(None, None, -2)], (1, 2, 3)[slice(1, None)], 'hello'[slice(1, 4)])
class Idx:
    def __index__(self): return 2
print(a[Idx():Idx() + 3 if False else 5], slice(Idx(), None).indices(5), a[:Idx()])
print(slice(2 ** 100, -2 ** 100, -1).indices(10))
print(repr(slice(1.5, 'x', None)), str(slice(0, 1)))
