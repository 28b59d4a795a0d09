# tee: independent iterators over one source, shared buffer, __copy__,
# tee of tee, iterators with __copy__, the _tee type, errors
import itertools as it
import copy


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a, b = it.tee(range(5))
t("a", lambda: list(a))
t("b", lambda: list(b))
a, b, c = it.tee("abcdef", 3)
t("interleaved", lambda: [next(a), next(a), next(b), next(c), next(a), next(b)])
t("rest a", lambda: list(a))
t("rest b", lambda: list(b))
t("rest c", lambda: list(c))
t("n=1", lambda: [list(x) for x in it.tee("ab", 1)])
t("n=0", lambda: it.tee("ab", 0))
t("n=-1", lambda: it.tee("ab", -1))
t("n='a'", lambda: it.tee("ab", "a"))
t("n=2**70", lambda: it.tee("ab", 2 ** 70))
t("tee(1)", lambda: it.tee(1))
t("tee()", lambda: it.tee())
t("tee kw", lambda: it.tee([1], n=2))
t("tee 3 args", lambda: it.tee([1], 2, 3))
# long streams cross buffer links
a, b = it.tee(range(1000))
t("long a", lambda: sum(a))
t("long b", lambda: sum(b))
a, b = it.tee(iter(range(300)))
t("zip", lambda: sum(x + y for x, y in zip(a, b)))
log = []


def gen():
    for i in range(5):
        log.append(i)
        yield i


a, b = it.tee(gen())
t("lazy", lambda: (next(a), next(a), log[:]))
t("b reads buffer", lambda: (next(b), next(b), log[:]))
t("b ahead", lambda: (next(b), log[:]))
# copies
a, b = it.tee("xyz")
next(a)
c = a.__copy__()
t("copy type", lambda: type(c).__name__)
t("copy continues", lambda: (list(a), list(c), list(b)))
a, = it.tee("pqr", 1)
next(a)
d = copy.copy(a)
t("copy.copy", lambda: (list(a), list(d)))
# tee of a tee
a, b = it.tee(range(4))
next(a)
x, y, z = it.tee(a, 3)
t("tee of tee first is original", lambda: x is a)
t("tee of tee", lambda: (list(x), list(y), list(z), list(b)))


class Copyable:
    def __init__(self, i=0):
        self.i = i

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i

    def __copy__(self):
        return Copyable(self.i)


r = it.tee(Copyable(), 3)
t("__copy__ iterator used directly", lambda: [type(x).__name__ for x in r])
t("__copy__ values", lambda: [list(x) for x in r])
T = type(it.tee([])[0])
t("_tee type", lambda: (T.__name__, T.__module__))
tt = T([1, 2, 3])
t("_tee()", lambda: list(tt))
t("_tee(1)", lambda: T(1))
t("_tee() no args", lambda: T())
a, b = it.tee([1, 2])
t("_tee(tee) copies", lambda: (T(a) is a, list(T(a)), list(a)))


def err():
    yield 1
    raise ValueError("source")


a, b = it.tee(err())
t("err a1", lambda: next(a))
t("err a2", lambda: next(a))
t("err b1", lambda: next(b))
t("err b2", lambda: next(b))
a, b = it.tee([])
t("empty", lambda: (list(a), list(b)))
t("subclass _tee", lambda: type("X", (T,), {}))
t("copy.copy of source stays lazy", lambda: [list(x) for x in it.tee(iter("ab"), 2)])


# re-entering a tee from inside its own source
def reenter():
    yield 1
    yield next(holder[0])


holder = []
a, b = it.tee(reenter())
holder.append(a)
t("reenter 1", lambda: next(a))
t("reenter 2", lambda: next(a))
t("after reenter b", lambda: next(b))
