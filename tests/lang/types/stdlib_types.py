# The type system as used by the pure-Python stdlib: abc, enum, functools, collections, copy.
import abc, enum, copy, types, functools, collections, operator
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    def f(self): return 1
print(Impl().f(), isinstance(Impl(), Base), issubclass(Impl, Base))
Base.register(int)
print(isinstance(1, Base))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), list(Color), Color['RED'].value, repr(Color.GREEN))
class Flag(enum.IntFlag):
    A = 1
    B = 2
print(Flag.A | Flag.B, int(Flag.B))
class P:
    def __init__(self): self.a = [1]
p = P()
q = copy.copy(p); r = copy.deepcopy(p)
print(q.a is p.a, r.a == p.a, r.a is p.a)
print(types.SimpleNamespace(a=1), types.FunctionType, types.MethodType)
Point = collections.namedtuple('Point', 'x y')
pt = Point(1, 2)
print(pt, pt.x, pt._replace(x=5), Point._fields, isinstance(pt, tuple))
od = collections.OrderedDict(a=1); od['b'] = 2
print(od, collections.Counter('abca').most_common(1), collections.defaultdict(list))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2))
class C:
    @functools.cached_property
    def x(self): print('compute'); return 5
c = C(); print(c.x, c.x)
print(operator.attrgetter('a')(p), functools.reduce(operator.add, [1, 2, 3]))
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30))
from collections.abc import Iterable, Mapping, Sequence
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance(1, Iterable))
class MyMap(collections.abc.Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter([])
print(isinstance(MyMap(), Mapping), dict(MyMap()))
