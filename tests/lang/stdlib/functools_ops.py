import functools
import operator


@functools.lru_cache(maxsize=3)
def sq(n):
    return n * n


print([sq(i) for i in (1, 2, 3, 1, 4, 1, 2)], sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())


@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(30), fact.cache_info().misses)
p = functools.partial(pow, 2)
print(p(10), p.func is pow, p.args, p.keywords)
p2 = functools.partial(p, 5)
print(p2(), functools.partial(sorted, reverse=True)([3, 1, 2]))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(operator.add, [], 7))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 0, 5), Version(2), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(3) > Version(2, 9))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return ("logged", func(*args, **kwargs))
    return wrapper


@logged
def add(a, b):
    """Add two things."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))


@functools.singledispatch
def describe(x):
    return "something"


@describe.register
def _(x: int):
    return "an int"


@describe.register(list)
def _(x):
    return "a list of %d" % len(x)


print(describe(1), describe([1, 2]), describe("s"), describe(True))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
print(operator.add(1, 2), operator.mul("ab", 3), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.itemgetter(2)("abcd"), operator.itemgetter(0, 2)([10, 20, 30]), operator.attrgetter("imag")(3 + 4j))
print(operator.methodcaller("split", ",")("a,b"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.index(7), operator.length_hint(iter(range(5))), operator.length_hint(object(), 9))
x = [1]
print(operator.iadd(x, [2]), x, operator.itemgetter(1), operator.attrgetter("a", "b.c"))
