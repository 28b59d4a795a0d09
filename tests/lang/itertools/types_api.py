# the module's names, type names, which types subclass, __class_getitem__,
# __length_hint__ presence, module attributes
import itertools as it

public = sorted(n for n in dir(it) if not n.startswith("__"))
print(public)
for name in public:
    obj = getattr(it, name)
    if isinstance(obj, type):
        print(name, obj.__name__, obj.__module__, obj.__qualname__,
              hasattr(obj, "__class_getitem__"), hasattr(obj, "__length_hint__"),
              hasattr(obj, "__copy__"))
        try:
            type("Sub", (obj,), {})
            print("  subclassable")
        except TypeError as e:
            print("  TypeError", e)
    else:
        print(name, type(obj).__name__)
print(it.__name__, it.tee.__name__)
print(it.chain[int], it.chain[int, str].__origin__ is it.chain)
for name in ["count", "repeat", "product"]:
    try:
        print(getattr(it, name)[int])
    except TypeError as e:
        print(name, "TypeError", e)
samples = [it.count(), it.repeat(1), it.cycle([]), it.accumulate([]), it.batched([], 1), it.chain(),
           it.combinations([], 0), it.combinations_with_replacement([], 0), it.permutations([]),
           it.product(), it.compress([], []), it.dropwhile(None, []), it.takewhile(None, []),
           it.filterfalse(None, []), it.groupby([]), it.islice([], 0), it.pairwise([]),
           it.starmap(None, []), it.zip_longest(), it.tee([])[0]]
for s in samples:
    print(type(s).__name__, iter(s) is s, hasattr(s, "__next__"))
for s in samples:
    try:
        s.x = 1
        print("set attr ok")
    except AttributeError as e:
        print("AttributeError")


class MyCount(it.count):
    def __init__(self, *a, tag=None):
        self.tag = tag

    def __next__(self):
        return super().__next__() * 10


m = MyCount(3, tag="t")
print(m.tag, next(m), next(m), isinstance(m, it.count))


class MyChain(it.chain):
    def extra(self):
        return "extra"


mc = MyChain([1], [2])
print(list(mc), mc.extra(), type(MyChain.from_iterable([])).__name__)
try:
    it._grouper
    print("_grouper exists")
except AttributeError:
    print("no _grouper")
import operator
print(operator.length_hint(it.repeat(None, 7)), operator.length_hint(it.count(), 99))
