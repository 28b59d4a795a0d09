# batched (incl. strict=) and chain / chain.from_iterable
import itertools as it


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("batched 3", lambda: list(it.batched("abcdefg", 3)))
t("batched 1", lambda: list(it.batched(range(4), 1)))
t("batched exact", lambda: list(it.batched(range(6), 3)))
t("batched big n", lambda: list(it.batched(range(5), 100)))
t("batched large n", lambda: list(it.batched(range(5), 10 ** 6)))
t("batched empty", lambda: list(it.batched([], 3)))
t("batched strict ok", lambda: list(it.batched(range(6), 3, strict=True)))
t("batched strict bad", lambda: list(it.batched(range(7), 3, strict=True)))
b = it.batched(range(7), 3, strict=True)
t("strict step 1", lambda: next(b))
t("strict step 2", lambda: next(b))
t("strict step 3", lambda: next(b))
t("strict step 4", lambda: next(b))
t("batched kw", lambda: list(it.batched(iterable="abcd", n=2)))
t("batched types", lambda: [type(x).__name__ for x in it.batched(range(5), 2)])
t("batched n=0", lambda: it.batched([1], 0))
t("batched n=-1", lambda: it.batched([1], -1))
t("batched n='a'", lambda: it.batched([1], "a"))
t("batched n=2.0", lambda: it.batched([1], 2.0))
t("batched n=2**70", lambda: it.batched([1], 2 ** 70))
t("batched missing", lambda: it.batched([1]))
t("batched()", lambda: it.batched())
t("batched(1, 2)", lambda: it.batched(1, 2))
t("batched bad kw", lambda: it.batched([1], 2, foo=1))
t("batched strict positional", lambda: it.batched([1], 2, True))


def err_after(n):
    for i in range(n):
        yield i
    raise KeyError("src")


b = it.batched(err_after(4), 3)
t("batched err 1", lambda: next(b))
t("batched err 2", lambda: next(b))
b = it.batched(iter([1, 2, 3]), 2)
t("after exhaustion", lambda: (list(b), list(b)))

t("chain", lambda: list(it.chain("ab", [1, 2], (), range(2))))
t("chain none", lambda: list(it.chain()))
t("chain empties", lambda: list(it.chain([], [], [])))
t("chain gen", lambda: list(it.chain((i for i in range(3)), "x")))
t("from_iterable", lambda: list(it.chain.from_iterable(["ab", "cd", ""])))
t("from_iterable gen", lambda: list(it.chain.from_iterable(range(i) for i in range(4))))
t("from_iterable inf", lambda: list(it.islice(it.chain.from_iterable(it.repeat("ab")), 5)))
t("chain(1) lazy", lambda: type(it.chain(1)).__name__)
t("chain(1) next", lambda: next(it.chain(1)))
t("chain([1], 2)", lambda: list(it.chain([1], 2)))
t("chain kw", lambda: it.chain(a=1))
t("from_iterable()", lambda: it.chain.from_iterable())
t("from_iterable(1, 2)", lambda: it.chain.from_iterable(1, 2))
t("from_iterable(1)", lambda: it.chain.from_iterable(1))
t("from_iterable([1])", lambda: next(it.chain.from_iterable([1])))
t("class_getitem", lambda: it.chain[int])
t("class_getitem args", lambda: it.chain[int].__args__)
log = []


def src(name, n):
    log.append("start " + name)
    for i in range(n):
        yield name + str(i)


c = it.chain(src("a", 2), src("b", 1))
t("lazy 1", lambda: (next(c), list(log)))
t("lazy rest", lambda: (list(c), list(log)))
log.clear()
c = it.chain.from_iterable(src(x, 1) for x in "pqr")
t("lazy fi", lambda: (next(c), list(log)))


class C(it.chain):
    pass


t("subclass", lambda: list(C([1], [2])))
t("subclass from_iterable", lambda: (type(C.from_iterable([[1]])).__name__, list(C.from_iterable([[1], [2]]))))
