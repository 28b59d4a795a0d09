# pairwise and zip_longest
import itertools as it


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("pairwise", lambda: list(it.pairwise("ABCDE")))
t("pairwise 2", lambda: list(it.pairwise([1, 2])))
t("pairwise 1", lambda: list(it.pairwise([1])))
t("pairwise 0", lambda: list(it.pairwise([])))
t("pairwise gen", lambda: list(it.pairwise(x * x for x in range(5))))
t("pairwise()", lambda: it.pairwise())
t("pairwise(1)", lambda: it.pairwise(1))
t("pairwise 2 args", lambda: it.pairwise([1], [2]))
t("pairwise kw", lambda: it.pairwise(iterable=[1]))
src = iter(range(5))
p = it.pairwise(src)
t("lazy 1", lambda: (next(p), next(src)))
t("lazy rest", lambda: list(p))


def err():
    yield 1
    yield 2
    raise ValueError("x")


p = it.pairwise(err())
t("err 1", lambda: next(p))
t("err 2", lambda: next(p))

t("zl", lambda: list(it.zip_longest("ABCD", "xy", fillvalue="-")))
t("zl default fill", lambda: list(it.zip_longest([1, 2, 3], "a")))
t("zl equal", lambda: list(it.zip_longest([1, 2], "ab")))
t("zl none", lambda: list(it.zip_longest()))
t("zl one", lambda: list(it.zip_longest("ab")))
t("zl empties", lambda: list(it.zip_longest([], [])))
t("zl three", lambda: list(it.zip_longest(range(3), range(1), range(2), fillvalue=0)))
t("zl fill only", lambda: list(it.zip_longest(fillvalue=1)))
t("zl bad kw", lambda: it.zip_longest([1], foo=1))
t("zl two kw", lambda: it.zip_longest([1], fillvalue=1, x=2))
t("zl not iterable", lambda: it.zip_longest([1], 1))
t("zl infinite + finite", lambda: list(it.islice(it.zip_longest(it.count(), "ab"), 4)))
src = iter(range(3))
z = it.zip_longest(src, "abcde")
t("zl exhausted source not re-read", lambda: list(z))


def err2():
    yield 1
    raise KeyError("bad")


t("zl error", lambda: list(it.zip_longest(err2(), "abc")))
z = it.zip_longest("a", "bc")
t("zl after end", lambda: (list(z), list(z)))
t("types", lambda: (type(it.pairwise([])).__name__, type(it.zip_longest()).__name__))


class Z(it.zip_longest):
    pass


t("subclass", lambda: list(Z("ab", "c", fillvalue=0)))
