# cycle and accumulate: values, laziness, initial=, func=, errors
import itertools as it
import operator


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def take(n, i):
    return list(it.islice(i, n))


t("cycle abc", lambda: take(8, it.cycle("abc")))
t("cycle empty", lambda: list(it.cycle([])))
t("cycle one", lambda: take(3, it.cycle([None])))
t("cycle range", lambda: take(7, it.cycle(range(3))))
t("cycle gen", lambda: take(7, it.cycle(x * x for x in range(3))))
log = []


def gen():
    for i in range(3):
        log.append(i)
        yield i


c = it.cycle(gen())
t("first", lambda: next(c))
t("log after 1", lambda: list(log))
t("more", lambda: take(5, c))
t("log after 6", lambda: list(log))


def failing():
    yield 1
    raise ValueError("boom")


c = it.cycle(failing())
t("fail 1", lambda: next(c))
t("fail 2", lambda: next(c))
t("cycle()", lambda: it.cycle())
t("cycle(1)", lambda: it.cycle(1))
t("cycle(a, b)", lambda: it.cycle([1], [2]))
t("cycle(x=1)", lambda: it.cycle(x=1))
lst = [1, 2]
c = it.cycle(lst)
t("cycle list 3", lambda: take(3, c))
lst.append(3)
t("cycle list grow (seen during 1st pass)", lambda: take(5, c))

# accumulate
t("acc", lambda: list(it.accumulate([1, 2, 3, 4, 5])))
t("acc empty", lambda: list(it.accumulate([])))
t("acc one", lambda: list(it.accumulate([7])))
t("acc mul", lambda: list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
t("acc max", lambda: list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
t("acc func kw", lambda: list(it.accumulate([1, 2, 3], func=operator.sub)))
t("acc func None", lambda: list(it.accumulate([1, 2, 3], None)))
t("acc initial", lambda: list(it.accumulate([1, 2, 3], initial=100)))
t("acc initial empty", lambda: list(it.accumulate([], initial=100)))
t("acc initial None", lambda: list(it.accumulate([1, 2], initial=None)))
t("acc initial func", lambda: list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
t("acc str", lambda: list(it.accumulate("abc")))
t("acc lists", lambda: list(it.accumulate([[1], [2], [3]])))
t("acc floats", lambda: list(it.accumulate([0.5, 0.25, 0.125])))
t("acc kw iterable", lambda: list(it.accumulate(iterable=[1, 2])))
t("acc mixed", lambda: list(it.accumulate([1, "a"])))
t("acc bad func", lambda: list(it.accumulate([1, 2], 5)))
t("acc()", lambda: it.accumulate())
t("acc(1)", lambda: it.accumulate(1))
t("acc 3 pos", lambda: it.accumulate([1], None, 3))
t("acc bad kw", lambda: it.accumulate([1], initial=3, x=1))
a = it.accumulate(gen())
log.clear()
t("acc lazy", lambda: (next(a), list(log)))


class Acc(it.accumulate):
    pass


t("acc subclass", lambda: (type(Acc([1, 2])).__name__, list(Acc([1, 2, 3]))))
