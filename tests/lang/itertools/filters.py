# compress, dropwhile, takewhile, filterfalse, starmap
import itertools as it
import operator


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("compress", lambda: list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
t("compress short sel", lambda: list(it.compress("ABCDEF", [1, 1])))
t("compress short data", lambda: list(it.compress("AB", it.repeat(1))))
t("compress truthy", lambda: list(it.compress(range(6), [[], [0], "", "x", 0.0, None])))
t("compress kw", lambda: list(it.compress(data="abc", selectors=[0, 1, 1])))
t("compress missing", lambda: it.compress([1]))
t("compress(1, [1])", lambda: it.compress(1, [1]))
t("compress([1], 1)", lambda: it.compress([1], 1))


class Bad:
    def __bool__(self):
        raise ValueError("no bool")


t("compress bad bool", lambda: list(it.compress([1, 2], [1, Bad()])))

t("dropwhile", lambda: list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
t("dropwhile all", lambda: list(it.dropwhile(lambda x: True, range(5))))
t("dropwhile none", lambda: list(it.dropwhile(lambda x: False, range(3))))
t("dropwhile empty", lambda: list(it.dropwhile(bool, [])))
t("dropwhile None pred", lambda: next(it.dropwhile(None, [1])))
t("dropwhile 1 arg", lambda: it.dropwhile(len))
t("dropwhile 3 args", lambda: it.dropwhile(len, [], []))
t("dropwhile kw", lambda: it.dropwhile(predicate=len, iterable=[]))
t("dropwhile(len, 1)", lambda: it.dropwhile(len, 1))
calls = []


def pred(x):
    calls.append(x)
    return x < 3


t("dropwhile pred calls", lambda: (list(it.dropwhile(pred, [1, 2, 3, 1, 2])), calls[:]))

t("takewhile", lambda: list(it.takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
t("takewhile all", lambda: list(it.takewhile(lambda x: True, range(4))))
t("takewhile none", lambda: list(it.takewhile(lambda x: False, range(4))))
src = iter([1, 2, 10, 3, 4])
tw = it.takewhile(lambda x: x < 5, src)
t("takewhile consumes failing item", lambda: (list(tw), list(src)))
t("takewhile stays stopped", lambda: list(tw))
t("takewhile 1 arg", lambda: it.takewhile(len))
t("takewhile(len, 1)", lambda: it.takewhile(len, 1))
t("takewhile pred error", lambda: list(it.takewhile(lambda x: 1 / x, [1, 0, 2])))
t("takewhile kw", lambda: it.takewhile(len, [], x=1))

t("filterfalse", lambda: list(it.filterfalse(lambda x: x % 2, range(10))))
t("filterfalse None", lambda: list(it.filterfalse(None, [0, 1, "", "a", [], [0], None])))
t("filterfalse bool", lambda: list(it.filterfalse(bool, [0, 1, 2, 0])))
t("filterfalse 1 arg", lambda: it.filterfalse(None))
t("filterfalse kw", lambda: it.filterfalse(None, [], a=1))
t("filterfalse not callable", lambda: list(it.filterfalse(5, [1])))
t("filterfalse bad bool", lambda: list(it.filterfalse(None, [Bad()])))

t("starmap", lambda: list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
t("starmap lists", lambda: list(it.starmap(operator.add, [[1, 2], "ab"])))
t("starmap gen args", lambda: list(it.starmap(max, [iter([1, 5, 2])])))
t("starmap empty args", lambda: list(it.starmap(lambda: 7, [(), ()])))
t("starmap not iterable item", lambda: next(it.starmap(len, [1])))
t("starmap 1 arg", lambda: it.starmap(len))
t("starmap(len, 1)", lambda: it.starmap(len, 1))
t("starmap not callable", lambda: next(it.starmap(1, [()])))
t("starmap type error", lambda: next(it.starmap(len, [(1, 2)])))
t("starmap kw", lambda: it.starmap(len, [], x=1))
t("types", lambda: [type(x).__name__ for x in (it.compress([], []), it.dropwhile(None, []), it.takewhile(None, []),
                                                it.filterfalse(None, []), it.starmap(None, []))])


class DW(it.dropwhile):
    def __init__(self, p, i, extra=None):
        self.extra = extra


t("subclass with __init__", lambda: (list(DW(lambda x: x < 2, range(4), extra=1)), DW(len, []).extra))
