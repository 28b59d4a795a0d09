# islice: every argument form, validation messages, how much input is consumed
import itertools as it
import sys


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


s = "ABCDEFG"
t("stop 2", lambda: list(it.islice(s, 2)))
t("2, 4", lambda: list(it.islice(s, 2, 4)))
t("2, None", lambda: list(it.islice(s, 2, None)))
t("0, None, 2", lambda: list(it.islice(s, 0, None, 2)))
t("1, 6, 3", lambda: list(it.islice(s, 1, 6, 3)))
t("None", lambda: list(it.islice(s, None)))
t("None, None, None", lambda: list(it.islice(s, None, None, None)))
t("stop 0", lambda: list(it.islice(s, 0)))
t("start > len", lambda: list(it.islice(s, 10, 20)))
t("start > stop", lambda: list(it.islice(s, 5, 2)))
t("maxsize", lambda: list(it.islice(s, sys.maxsize)))
t("start maxsize", lambda: list(it.islice(s, sys.maxsize, None)))
t("step maxsize", lambda: list(it.islice(s, 0, None, sys.maxsize)))
t("bool args", lambda: list(it.islice(s, True, 5, True)))


class I:
    def __index__(self):
        return 2


t("__index__", lambda: list(it.islice(s, I(), None, I())))
for args in [(-1,), ("a",), (1.0,), (2 ** 70,), (sys.maxsize + 1,), (-2,),
             (1, -1), (-1, 2), (1, "a"), ("a", 2), (0, 1, 0), (0, 1, -1), (0, 1, "a"),
             (0, 1, 2 ** 70), (2 ** 70, 3), (0, sys.maxsize + 1), (1.5, 2), (None, -1),
             (-2, -2), (0, -5)]:
    t("islice%r" % (args,), lambda: it.islice(s, *args))
t("one arg", lambda: it.islice([1]))
t("no args", lambda: it.islice())
t("five args", lambda: it.islice([1], 1, 2, 3, 4))
t("kw", lambda: it.islice([1], stop=3))
t("not iterable", lambda: it.islice(1, 2))
t("bad arg before not iterable", lambda: it.islice(1, -1))

# consumption: islice reads only what it needs; reaching stop consumes up to stop
src = iter(range(10))
t("take 3", lambda: list(it.islice(src, 3)))
t("rest", lambda: list(src))
src = iter(range(10))
t("2..5 step 2", lambda: list(it.islice(src, 2, 5, 2)))
t("rest after step", lambda: list(src))
src = iter(range(10))
sl = it.islice(src, 1, 8, 3)
t("n1", lambda: next(sl))
t("consumed so far", lambda: next(src))
t("n2", lambda: next(sl))
t("n3", lambda: list(sl))
t("rest after", lambda: list(src))
src = iter(range(10))
sl = it.islice(src, 4, 4)
t("empty window", lambda: list(sl))
t("rest empty window", lambda: list(src))
log = []


def gen():
    for i in range(5):
        log.append(i)
        yield i


t("lazy stop 2", lambda: (list(it.islice(gen(), 2)), log[:]))
log.clear()
t("islice of count", lambda: list(it.islice(it.count(), 5, 30, 7)))


def err():
    yield 1
    raise ValueError("src broke")


t("source error", lambda: list(it.islice(err(), 5)))
sl = it.islice(iter([1, 2]), 5)
t("exhausted twice", lambda: (list(sl), list(sl)))
t("type", lambda: type(it.islice([], 1)).__name__)


class S(it.islice):
    pass


t("subclass", lambda: list(S("abcdef", 1, None, 2)))
