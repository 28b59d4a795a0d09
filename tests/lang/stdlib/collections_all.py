from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList
import collections.abc as cabc

Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(3)
print(p, p.x, p.y, p[0], tuple(p), p == (3, 0), Point._field_defaults, isinstance(p, tuple))
print(p._replace(y=9), p._asdict(), Point._make(range(2)), hash(p) == hash((3, 0)))
a, b = p
print(a, b, Point.__doc__, Point.__name__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError")
R = namedtuple("R", "a, def, a", rename=True)
print(R._fields)
d = deque(range(5))
d.append(5); d.appendleft(-1); d.extend([6, 7]); d.extendleft("ab")
print(d, len(d), d[0], d[-1], d.pop(), d.popleft())
d.rotate(2); print(d); d.rotate(-3); print(d)
d.remove(3); d.reverse(); print(d, d.count(1), d.index(4), 4 in d)
print(deque("abc", maxlen=2), deque(maxlen=3).maxlen, list(reversed(deque([1, 2, 3]))))
c = Counter("mississippi")
print(c, c.most_common(1), c["s"], c["zz"], c.total(), sorted(c.elements()))
c.update("ssx"); c.subtract({"i": 4})
print(c, +c, c + Counter("ab"), c - Counter("s"), Counter("ab") | Counter("bb"), Counter("aab") & Counter("ab"))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a"); od["d"] = 1
print(od, list(od), od.popitem(), od.popitem(False), od == OrderedDict([("c", 0), ("a", 0)]))
dd = defaultdict(int)
for w in "a b a c a b".split():
    dd[w] += 1
print(dd, sorted(dd.items()), dd["missing"], defaultdict(list, {"x": [1]}))
cm = ChainMap({"a": 1}, {"a": 10, "b": 20})
cm2 = cm.new_child({"c": 3})
print(cm["a"], cm["b"], sorted(cm2), cm2.parents["a"], len(cm2), dict(cm))


class MyDict(UserDict):
    def __missing__(self, key):
        return key * 2


m = MyDict(a=1)
print(m["a"], m["zz"], len(m), UserList([1, 2]) + [3])
print(isinstance({}, cabc.MutableMapping), isinstance((), cabc.Sequence), isinstance([], cabc.Hashable),
      isinstance(1, cabc.Hashable), issubclass(dict, cabc.Mapping), isinstance((x for x in ()), cabc.Generator))
