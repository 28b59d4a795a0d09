# A full-featured vector class: arithmetic, reflected and in-place ops,
# comparisons, hashing, container protocol, formatting, bool, abs, round.
import math
class Vec:
    __slots__ = ('_c',)
    def __init__(self, *c): self._c = tuple(c)
    def __repr__(self): return 'Vec(%s)' % ', '.join(map(repr, self._c))
    def __str__(self): return '<' + ' '.join(map(str, self._c)) + '>'
    def __format__(self, spec):
        if spec.endswith('p'):
            return '(' + ', '.join(format(c, spec[:-1]) for c in self._c) + ')'
        return '<' + ' '.join(format(c, spec) for c in self._c) + '>'
    def __len__(self): return len(self._c)
    def __getitem__(self, i):
        r = self._c[i]
        return Vec(*r) if isinstance(i, slice) else r
    def __iter__(self): return iter(self._c)
    def __eq__(self, o): return isinstance(o, Vec) and self._c == o._c
    def __hash__(self): return hash(self._c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __bool__(self): return any(self._c)
    def __abs__(self): return math.sqrt(sum(c * c for c in self._c))
    def __neg__(self): return Vec(*(-c for c in self._c))
    def __pos__(self): return self
    def _zip(self, o, op):
        if isinstance(o, Vec):
            if len(o) != len(self): raise ValueError('dimension mismatch')
            return Vec(*(op(a, b) for a, b in zip(self._c, o._c)))
        if isinstance(o, (int, float)):
            return Vec(*(op(a, o) for a in self._c))
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    __radd__ = __add__
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return (-self)._zip(o, lambda a, b: a + b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    __rmul__ = __mul__
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self._c, o._c))
    def __round__(self, n=None): return Vec(*(round(c, n) for c in self._c))
    def __contains__(self, x): return x in self._c
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v - 1, 10 - v, 2 * v, v * w, w / 2, v @ w, -v, +v is v)
print(repr(v), str(v), f'{v:.1f}', f'{w:>3p}', len(v), v[0], v[1:], list(v), 2 in v, 9 in v)
print(v == Vec(1, 2, 3), v != w, v < w, sorted([w, v]) == [v, w], max(v, w), bool(Vec(0, 0)), bool(v))
print(abs(Vec(3, 4)), round(Vec(1.26, 2.5), 1), hash(v) == hash(Vec(1, 2, 3)), {v: 1}[Vec(1, 2, 3)])
acc = Vec(0, 0, 0)
for x in (v, w, v):
    acc += x
acc *= 2
print(acc, sum([v, w], Vec(0, 0, 0)), sum([v, w]))
for f in (lambda: v + 'a', lambda: 'a' + v, lambda: v + Vec(1), lambda: v @ 3, lambda: v ** 2, lambda: v < 1):
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    v.x = 1
except AttributeError as e:
    print('AttributeError', e)
